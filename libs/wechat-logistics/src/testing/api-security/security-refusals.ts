import { errorReply, newRid, type WechatReply } from '../http/wechat-reply';

/**
 * The security layer's refusals, in plain JSON (never encrypted or signed),
 * with the names of WeChat's table (api-security.md §6). Only 40234's and
 * 934011's texts were seen in the wild; the others are our wording of the
 * official names. Clients should match on errcode.
 */
const ERRMSGS: Readonly<Record<number, string>> = {
  40230: 'missing Wechatmp-Serial',
  40231: 'missing Wechatmp-TimeStamp',
  40232: 'missing Wechatmp-Signature',
  40233: 'missing Wechatmp-Appid',
  40234: 'invalid signature',
  40235: 'invalid encrypt',
  40236: 'invalid Wechatmp-Appid',
  40237: 'Wechatmp-Appid does not match the access_token',
  40238: 'symmetric key is not set',
  40239: 'public key is not set',
  40240: 'expired Wechatmp-TimeStamp',
  934011:
    'signature is needed, please refer document for help [https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/getting_started/api_signature.html]',
};

export type SecurityErrcode =
  | 40230
  | 40231
  | 40232
  | 40233
  | 40234
  | 40235
  | 40236
  | 40237
  | 40238
  | 40239
  | 40240
  | 934011;

export function securityRefusal(errcode: SecurityErrcode): WechatReply {
  return errorReply(errcode, {}, `${ERRMSGS[errcode]} rid: ${newRid()}`);
}
