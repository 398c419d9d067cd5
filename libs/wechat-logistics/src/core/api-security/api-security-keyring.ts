import { WechatApiSecurityError } from '../errors/wechat-api-security.error';
import { type WechatApiSecurityKeysProvider } from '../interfaces';
import { InvalidWechatLogisticsOptionsError } from '../options/invalid-options.error';
import {
  loadApiSecurityKeys,
  refuseUnknownKeyFields,
} from './load-api-security-keys';
import { type LoadedApiSecurityKeys } from './loaded-api-security-keys';

/** Where an app's keys come from, per call. */
export interface ApiSecurityKeyring {
  /** The keys to use now; `api` names the call in a failure. */
  current(api: string): Promise<LoadedApiSecurityKeys>;
  /** Keys read afresh (a reply named a platform certificate the current ones lack), or `undefined` when they cannot change. */
  reread(api: string): Promise<LoadedApiSecurityKeys | undefined>;
}

/** Keys given in the options: loaded and checked once, at bootstrap. */
export class StaticKeyring implements ApiSecurityKeyring {
  private readonly keys: Promise<LoadedApiSecurityKeys>;

  constructor(keys: LoadedApiSecurityKeys) {
    this.keys = Promise.resolve(keys);
  }

  current(): Promise<LoadedApiSecurityKeys> {
    return this.keys;
  }

  reread(): Promise<undefined> {
    return Promise.resolve(undefined);
  }
}

/**
 * Keys from `apiSecurity.keys`, for rotation without a restart: an answer
 * is checked like the options and used for `cacheMs`; concurrent calls
 * share one read; a rejection or an answer that does not load fails the
 * call (before anything is sent) and is not cached.
 */
export class ProvidedKeyring implements ApiSecurityKeyring {
  private cached: { keys: LoadedApiSecurityKeys; until: number } | undefined;
  private reading: Promise<LoadedApiSecurityKeys> | undefined;

  constructor(
    private readonly provider: WechatApiSecurityKeysProvider,
    private readonly appId: string | undefined,
    private readonly cacheMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  current(api: string): Promise<LoadedApiSecurityKeys> {
    const cached = this.cached;
    if (cached && cached.until > this.now())
      return Promise.resolve(cached.keys);
    return this.read(api);
  }

  reread(api: string): Promise<LoadedApiSecurityKeys> {
    return this.read(api);
  }

  private read(api: string): Promise<LoadedApiSecurityKeys> {
    this.reading ??= this.load(api).finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  private async load(api: string): Promise<LoadedApiSecurityKeys> {
    let answer: unknown;
    try {
      answer = await this.provider(this.appId);
    } catch (error) {
      // Only the class: a provider's message may quote anything.
      throw new WechatApiSecurityError(
        api,
        'keys-failed',
        this.appId,
        `apiSecurity.keys rejected (${error instanceof Error ? error.name : typeof error})`,
      );
    }
    let keys: LoadedApiSecurityKeys;
    try {
      if (answer === null || typeof answer !== 'object')
        throw new InvalidWechatLogisticsOptionsError(
          'apiSecurity.keys()',
          'must answer an object { aesKey, aesSn, privateKey, rsaSn?, platformCertificates }',
        );
      refuseUnknownKeyFields(answer, 'apiSecurity.keys()');
      keys = loadApiSecurityKeys(answer, 'apiSecurity.keys()');
    } catch (error) {
      throw new WechatApiSecurityError(
        api,
        'keys-failed',
        this.appId,
        error instanceof InvalidWechatLogisticsOptionsError
          ? error.message.replace(/^WechatLogisticsModule: /, '')
          : 'the answer did not load',
      );
    }
    this.cached = { keys, until: this.now() + this.cacheMs };
    return keys;
  }
}
