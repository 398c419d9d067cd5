import { WechatApiError } from '../core/errors';
import { type UpstreamReply } from '../core/http/wechat-http.client';
import { readNumber, readString } from '../core/wire/reply-fields';

/** The carriers' ways of saying the sign was wrong: SS's 签名校验失败, WeChat's 平台签名验证错误 (§1.4). */
const SIGN_REFUSED = /签名|signature|\bsign\b/i;

/** Why a refused sign is this server's to fix, naming the shop (never a secret). */
export function signRefusedAdvice(shopId: string): string {
  const quoted = JSON.stringify(shopId.slice(0, 64));
  return `The carrier refused the delivery_sign: check the secret configured for the shop ${quoted} in the localDelivery option (shopSecrets / shopSecret): it must be the AppSecret of the carrier account whose appkey is this shopid.`;
}

/**
 * 即时配送's second level (§1.4): WeChat passed the call on (no errcode, or
 * 0) but the carrier answered `resultcode` ≠ 0. That is a `WechatApiError`
 * with errcode 0 (what WeChat answered), the carrier's `resultcode` /
 * `resultmsg` as `deliveryResultcode` / `deliveryResultmsg`, and errmsg
 * `carrier resultcode N: …` so the message says it; the filter answers 502
 * (`CARRIER_RESULT_ENTRY`). Never retried: the carrier decided. A refused
 * sign says so, with what to check. A missing resultcode counts as 0 (the
 * sandbox and a repeat counted as done send none).
 */
export function refuseCarrierError(
  reply: UpstreamReply,
  api: string,
  shopId: string | undefined,
): void {
  const resultcode = readNumber(reply, 'resultcode');
  if (resultcode === 0) return;
  const resultmsg = readString(reply, 'resultmsg');
  throw new WechatApiError({
    errcode: 0,
    errmsg: `carrier resultcode ${resultcode}: ${resultmsg}`,
    api,
    deliveryResultcode: resultcode,
    deliveryResultmsg: resultmsg,
    advice:
      shopId !== undefined && SIGN_REFUSED.test(resultmsg)
        ? signRefusedAdvice(shopId)
        : undefined,
  });
}
