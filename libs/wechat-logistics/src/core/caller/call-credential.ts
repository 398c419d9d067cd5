import { logFields } from '../logging/log-fields';
import { type TokenSource } from '../token/token-source';

function appFieldOf(appId: string | undefined): string {
  return appId === undefined ? '' : ` ${logFields({ appId })}`;
}

/**
 * What a call sends to say whose it is: the query string part, already
 * encoded. `access_token=…` for an app with tokens; under WeChat Cloud
 * Hosting nothing at all (the platform adds the credential), or
 * `from_appid=…` for another mini program of the environment (资源复用).
 */
export interface CallCredential {
  readonly viaCloudHosting: boolean;
  /** ` appId=…` for the debug line of each request (empty for an app without an AppID), built once. */
  readonly appField: string;
  /** The query to send now without waiting, when at hand (the common case, no promise). */
  inHand(now: number): string | undefined;
  /** The query to send, waiting for a token no later than `deadline`. */
  obtain(deadline: number): Promise<string>;
  /**
   * WeChat rejected the token in `rejectedQuery`: the query to retry with,
   * or `undefined` when nothing better is to be had (then the call fails).
   */
  replaceRejected(
    rejectedQuery: string,
    deadline: number,
  ): Promise<string | undefined>;
}

const TOKEN_PARAMETER = 'access_token=';

/** `access_token=…` from an app's {@link TokenSource}, encoded once per token (tokens change every two hours, not every call). */
export class TokenCredential implements CallCredential {
  readonly viaCloudHosting = false;
  readonly appField: string;
  private last = { token: '', query: '' };

  constructor(
    private readonly tokens: TokenSource,
    appId: string | undefined,
  ) {
    this.appField = appFieldOf(appId);
  }

  inHand(now: number): string | undefined {
    const token = this.tokens.tokenInHand(now);
    return token === undefined ? undefined : this.queryFor(token);
  }

  async obtain(deadline: number): Promise<string> {
    return this.queryFor(await this.tokens.getToken(deadline));
  }

  async replaceRejected(
    rejectedQuery: string,
    deadline: number,
  ): Promise<string | undefined> {
    const rejected = decodeURIComponent(
      rejectedQuery.slice(TOKEN_PARAMETER.length),
    );
    const replacement = await this.tokens.replaceRejected(rejected, deadline);
    return replacement === undefined ? undefined : this.queryFor(replacement);
  }

  private queryFor(token: string): string {
    if (this.last.token !== token)
      this.last = {
        token,
        query: TOKEN_PARAMETER + encodeURIComponent(token),
      };
    return this.last.query;
  }
}

/**
 * WeChat Cloud Hosting's open API service supplies the credential: no token
 * is ever fetched or sent, so a token errcode cannot be healed by a refresh.
 */
export class CloudHostingCredential implements CallCredential {
  readonly viaCloudHosting = true;
  readonly appField: string;
  private readonly query: string;
  private readonly ready: Promise<string>;

  /** `fromAppId` for a mini program other than the environment's own. */
  constructor(appId: string | undefined, fromAppId: string | undefined) {
    this.appField = appFieldOf(appId);
    this.query =
      fromAppId === undefined
        ? ''
        : `from_appid=${encodeURIComponent(fromAppId)}`;
    this.ready = Promise.resolve(this.query);
  }

  inHand(): string {
    return this.query;
  }

  obtain(): Promise<string> {
    return this.ready;
  }

  replaceRejected(): Promise<undefined> {
    return Promise.resolve(undefined);
  }
}
