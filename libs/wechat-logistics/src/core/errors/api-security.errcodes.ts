import { type ErrcodeRows } from './errcode-catalogue';

/**
 * WeChat's refusals of an encrypted and signed request (api-security.md §6),
 * answered in plain JSON without signature headers: the request, not the
 * reply, was wrong — each meaning says what to check. Any API may answer
 * them once API security is on.
 */
export const API_SECURITY_ERRCODES: ErrcodeRows = {
  configuration: [
    [
      40230,
      'API_Missing_Wechatmp_Serial',
      'WeChat wants the Wechatmp-Serial header: set apiSecurity.rsaSn to the asymmetric key SN (非对称密钥编号) from the console.',
    ],
    [
      40231,
      'API_Missing_Wechatmp_Timestamp',
      'WeChat received no Wechatmp-TimeStamp header: a proxy or interceptor may be dropping the Wechatmp-* headers.',
    ],
    [
      40232,
      'API_Missing_Wechatmp_Signature',
      'WeChat received no Wechatmp-Signature header: a proxy or interceptor may be dropping the Wechatmp-* headers.',
    ],
    [
      40233,
      'API_Missing_Wechatmp_Appid',
      'WeChat received no Wechatmp-Appid header: a proxy or interceptor may be dropping the Wechatmp-* headers.',
    ],
    [
      40234,
      'invalid signature',
      "WeChat could not verify the request's signature: apiSecurity.privateKey does not match the public key configured in the console (API安全 → API非对称密钥), or the request was changed after signing (a proxy re-encoding the body).",
    ],
    [
      40235,
      'API_Invalid_Encrypt',
      'WeChat could not decrypt the request: apiSecurity.aesKey or aesSn differs from the symmetric key (API对称密钥) and its SN in the console.',
    ],
    [
      40236,
      'API_Invalid_Wechatmp_Appid',
      'WeChat does not accept the Wechatmp-Appid sent: check the app’s appId.',
    ],
    [
      40237,
      'API_Invalid_Wechatmp_Appidmatch',
      "Wechatmp-Appid does not match the access token's app: the apiSecurity keys are configured on a different app than the token's.",
    ],
    [
      40238,
      'API_NoExist_DevSecretSym',
      'No symmetric key (API对称密钥) is configured in the console for this mini program: set one there (开发 → 开发管理 → 开发设置 → API安全).',
    ],
    [
      40239,
      'API_NoExist_DevSecretAsym',
      'No public key (API非对称密钥) is configured in the console for this mini program: upload the public half of apiSecurity.privateKey there.',
    ],
    [
      40240,
      'API_Expired_Wechatmp_Timestamp',
      "WeChat found the request's timestamp too old: check this server's clock (NTP).",
    ],
    [
      934011,
      'signature is needed',
      'WeChat requires this API encrypted and signed and the request was plain: configure apiSecurity for the app (for APIs marked supported, the console\'s global API加密 switch may be on: set apiSecurity.apis to "required" for them).',
    ],
  ],
};
