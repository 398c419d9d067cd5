import { type EndpointDefinition } from '../caller/endpoint-definition';
import { type WechatApiSecurityMode } from '../interfaces';
import { type ResolvedApiSecurity } from '../options/resolve-api-security';
import { WechatTransportError } from '../errors/wechat-transport.error';
import {
  type ApiSecurityKeyring,
  ProvidedKeyring,
  StaticKeyring,
} from './api-security-keyring';
import { type LoadedApiSecurityKeys } from './loaded-api-security-keys';
import {
  type OpenedReply,
  type ReceivedReply,
  isSigned,
  openResponse,
  signerOf,
} from './open-response';
import { ReplyNonceGuard } from './reply-nonce-guard';
import {
  type SealedRequest,
  randomNonce,
  requestPlaintext,
  sealRequest,
} from './seal-request';

/** A request sealed for sending, with the keys its reply is checked against. */
export interface SealedCall extends SealedRequest {
  /** POST: the sealed form exists for POST bodies only (a GET is sealed only when 'required'). */
  readonly method: 'POST';
  readonly keys: LoadedApiSecurityKeys;
}

/**
 * The mode an API is called in for an app: the app's `apiSecurity.apis`
 * (by api name, then path) over the endpoint's own `apiSecurity`.
 */
export function securityModeOf(
  spec: EndpointDefinition,
  security: ResolvedApiSecurity | undefined,
): WechatApiSecurityMode {
  return (
    security?.apis.get(spec.api) ??
    security?.apis.get(spec.path) ??
    spec.apiSecurity ??
    'off'
  );
}

/**
 * Whether a call is sealed: 'required' always (an app without keys is
 * refused by the caller before anything is sent); 'supported' when the app
 * has keys and the endpoint is a POST — WeChat defines the sealed form for
 * POST bodies only, and how a GET would be sealed is documented nowhere
 * (api-security.md §1), so the logistics assistant's three GET list reads
 * stay plain unless `apis` makes them 'required' (then sent as POST).
 */
export function isSealed(
  spec: EndpointDefinition,
  mode: WechatApiSecurityMode,
  hasKeys: boolean,
): boolean {
  if (mode === 'required') return true;
  return mode === 'supported' && hasKeys && spec.method === 'POST';
}

/**
 * One app's side of WeChat's server API security, used by the caller for
 * every sealed attempt, whichever transport carries it: seals the request
 * (fresh timestamp, nonce and IV each attempt) and opens the reply — or
 * refuses it — before anything of it is believed.
 */
export class AppApiSecurity {
  private readonly keyring: ApiSecurityKeyring;
  private readonly nonces: ReplyNonceGuard;

  constructor(
    readonly appId: string,
    readonly options: ResolvedApiSecurity,
    private readonly now: () => number = Date.now,
  ) {
    this.keyring =
      options.keys.kind === 'static'
        ? new StaticKeyring(options.keys.loaded)
        : new ProvidedKeyring(
            options.keys.provider,
            appId,
            options.keys.cacheMs,
            now,
          );
    this.nonces = new ReplyNonceGuard(options.timestampWindowSeconds * 1000);
  }

  /** Encrypts and signs `body` (with the query's parameters but the token folded in) for `spec`. */
  async seal(
    spec: EndpointDefinition,
    query: string | undefined,
    body: unknown,
  ): Promise<SealedCall> {
    const keys = await this.keyring.current(spec.api);
    const timestamp = Math.floor(this.now() / 1000);
    const plaintext = requestPlaintext(
      body,
      query,
      this.appId,
      timestamp,
      randomNonce(),
    );
    return {
      ...sealRequest(spec.path, this.appId, keys, timestamp, plaintext),
      method: 'POST',
      keys,
    };
  }

  /**
   * The reply's JSON, verified and decrypted, or WeChat's plain refusal;
   * a `WechatTransportError` ('unverified-response') for anything else.
   * A reply signed with a platform certificate the keys lack makes a
   * provider's keys be read again once (a rotation: the new certificate is
   * already in the vault).
   */
  async open(
    spec: EndpointDefinition,
    sealed: SealedCall,
    reply: ReceivedReply,
  ): Promise<Record<string, unknown>> {
    let keys = sealed.keys;
    if (isSigned(reply.headers) && !signerOf(reply.headers, keys))
      keys = (await this.keyring.reread(spec.api)) ?? keys;
    const now = this.now();
    const opened: OpenedReply = openResponse(reply, {
      api: spec.api,
      path: spec.path,
      appId: this.appId,
      keys,
      nowSeconds: Math.floor(now / 1000),
      timestampWindowSeconds: this.options.timestampWindowSeconds,
    });
    if (
      opened.nonce !== undefined &&
      !this.nonces.firstSight(opened.nonce, now)
    )
      throw new WechatTransportError(
        'unverified-response',
        spec.api,
        'reply not believed: replayed (its _n was already seen)',
        reply.status,
      );
    return opened.reply;
  }
}
