/** The two algorithm pairs WeChat's console offers (api-security.md §3.3, §3.5). */
export type WechatApiSecurityAlgorithm =
  'AES256_GCM+RSAwithSHA256' | 'SM4_GCM+SM2withSM3';

/**
 * One mini program's keys for WeChat's server API security (服务端API安全鉴权),
 * as the console (开发 → 开发管理 → 开发设置 → API安全) shows them. Three SNs
 * are kept apart: `aesSn` goes into every AAD, `rsaSn` into the optional
 * `Wechatmp-Serial` request header, and each platform certificate's SN is
 * matched against the `Wechatmp-Serial` WeChat signs its reply with. Never
 * logged, never in an error or a span.
 */
export interface WechatApiSecurityKeys {
  /** The symmetric key (API对称密钥), base64 of 32 bytes, as the console shows it. */
  aesKey: string;
  /** The symmetric key's SN (对称密钥编号): part of every AAD. */
  aesSn: string;
  /** The app private key (应用私钥) whose public half is in the console: RSA PEM, PKCS#1 or PKCS#8. */
  privateKey: string;
  /** The asymmetric key's SN (非对称密钥编号), sent as `Wechatmp-Serial` when given (WeChat accepts both). */
  rsaSn?: string;
  /**
   * Platform certificate SN (as the console shows it, not the X.509 serial
   * number) → the certificate (PEM) or its public key (PEM). Give both the old
   * and the new one during a certificate rotation.
   */
  platformCertificates: Record<string, string>;
  /**
   * @default 'AES256_GCM+RSAwithSHA256'. 'SM4_GCM+SM2withSM3' is refused at
   * bootstrap: Node's crypto has no SM4-GCM and cannot sign SM2 with WeChat's
   * signer ID.
   */
  algorithm?: WechatApiSecurityAlgorithm;
}

/**
 * Reads an app's keys at call time (a vault, a tenant table), for rotation
 * without a restart: `appId` is the app the call is for (`undefined` for a
 * default app configured without one). The answer is cached for
 * `keysCacheSeconds`, and read again at once when a reply is signed with a
 * platform certificate the cached answer does not have. A rejection, or an
 * answer that does not load, fails the call before anything is sent.
 */
export type WechatApiSecurityKeysProvider = (
  appId: string | undefined,
) => Promise<WechatApiSecurityKeys>;

/** How one API is called: sealed always, sealed when the app has keys, or plain. */
export type WechatApiSecurityMode = 'required' | 'supported' | 'off';

/**
 * `apiSecurity`, on the module (the default app's) and on each `apps` entry
 * (or `resolveApp` answer; an app's keys are its own, nothing is inherited).
 * Either the keys themselves or `keys`, a provider. APIs WeChat requires it
 * for (同城配送) are always encrypted and signed; APIs that support it (the
 * logistics assistant's three list reads among them) when the app has keys;
 * `apis` changes that per API.
 */
export interface WechatApiSecurityOptions extends Partial<WechatApiSecurityKeys> {
  /** Instead of the keys above: reads them per call, cached; see {@link WechatApiSecurityKeysProvider}. */
  keys?: WechatApiSecurityKeysProvider;
  /**
   * How long an answer of `keys` is used before it is asked again.
   * @default 60
   */
  keysCacheSeconds?: number;
  /**
   * Per API, by the library's name (`logistics.getAllAccount`) or by path
   * (`/cgi-bin/express/business/account/getall`): 'required' seals every
   * call (for instance when the console's global "API加密" switch is on),
   * 'supported' seals it, 'off' sends it plain. A GET is sealed only when
   * 'required' (then sent as POST: WeChat defines the sealed form for POST
   * bodies only).
   */
  apis?: Record<string, WechatApiSecurityMode>;
  /**
   * How far a reply's `Wechatmp-TimeStamp` may be from this server's clock
   * before the reply is refused as stale or replayed.
   * @default 300
   */
  timestampWindowSeconds?: number;
}
