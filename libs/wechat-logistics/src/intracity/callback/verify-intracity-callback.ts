import { WechatApiError } from '../../core/errors';
import { WechatPushError } from '../../push/wechat-push.error';
import { type IntracityQueryOrderDto } from '../dto';
import { intracityStatusInfo } from '../enums';
import { type IntracityQueryOrderResult } from '../results';
import { isIntracityCallbackSignValid } from './intracity-callback-sign';
import {
  INTRACITY_CALLBACK_REPLY,
  type IntracityCallbackOutcome,
  type ParsedIntracityCallback,
  intracityCallbackKey,
} from './intracity-status-callback';

/** errcode of queryorder for an order WeChat does not have: a callback about it is not believed. */
const ORDER_NOT_FOUND = 934016;

export interface CallbackVerification {
  /** The app's own AppID: a callback naming another is refused (undefined: not checked). */
  readonly appId: string | undefined;
  /** The app's message-push Token (`pushToken`); undefined: no sign can be checked. */
  readonly token: string | undefined;
  /** The app's queryOrder. */
  readonly queryOrder: (
    input: IntracityQueryOrderDto,
  ) => Promise<IntracityQueryOrderResult>;
}

/**
 * Believes a status callback only when (intracity.md §5):
 * - it carries a `sign` and the app has a Token: the sign must check out.
 *   A present but wrong sign is refused (`bad-signature`, 401) and NOT
 *   confirmed by a query instead: whoever sent it does not hold the Token,
 *   and a query fallback would let any sender make us call WeChat;
 * - otherwise (no sign, as WeChat sent them in 2023; or no Token to check
 *   one with): queryOrder must show WeChat's order, with the same ids, in
 *   the very state the callback reports. A different state, or no such
 *   order, is `unconfirmed` (401): an older change, or a forgery, never
 *   believed. A failed query (network, busy) is rethrown: the caller answers
 *   an error and WeChat sends the callback again.
 */
export async function verifyIntracityCallback(
  parsed: ParsedIntracityCallback,
  verification: CallbackVerification,
): Promise<IntracityCallbackOutcome> {
  const { callback, fields, sign } = parsed;
  const { appId, token } = verification;
  if (appId !== undefined && callback.appid !== appId)
    throw new WechatPushError(
      'appid-mismatch',
      `the 同城配送 callback names app ${callback.appid}, not ${appId}`,
    );
  const believed = {
    callback,
    dedupeKey: intracityCallbackKey(callback),
    reply: INTRACITY_CALLBACK_REPLY,
  };
  if (sign !== undefined && token !== undefined) {
    if (!isIntracityCallbackSignValid(fields, sign, token))
      throw new WechatPushError(
        'bad-signature',
        `the sign of the 同城配送 callback for order ${callback.wxOrderId} does not match this app's message-push Token (pushToken)`,
      );
    return { verifiedBy: 'sign', ...believed };
  }
  const order = await queryOrConfirmAbsent(verification, callback.wxOrderId);
  const sameIds =
    order !== undefined &&
    order.wxOrderId === callback.wxOrderId &&
    (callback.wxStoreId === '' || order.wxStoreId === callback.wxStoreId) &&
    (callback.storeOrderId === '' ||
      order.storeOrderId === callback.storeOrderId);
  if (!sameIds)
    throw new WechatPushError(
      'unconfirmed',
      `queryOrder knows no order ${callback.wxOrderId} of store ${callback.wxStoreId || '?'} with store order ${callback.storeOrderId || '?'}: the unsigned 同城配送 callback is not believed`,
    );
  if (order.orderStatus !== callback.orderStatus)
    throw new WechatPushError(
      'unconfirmed',
      `queryOrder shows order ${callback.wxOrderId} at ${describe(order.orderStatus)}, not ${describe(callback.orderStatus)}: the unsigned 同城配送 callback is not believed`,
    );
  return { verifiedBy: 'query', order, ...believed };
}

async function queryOrConfirmAbsent(
  verification: CallbackVerification,
  wxOrderId: string,
): Promise<IntracityQueryOrderResult | undefined> {
  try {
    return await verification.queryOrder({ wxOrderId });
  } catch (error) {
    if (error instanceof WechatApiError && error.errcode === ORDER_NOT_FOUND)
      return undefined;
    throw error;
  }
}

function describe(status: number): string {
  const info = intracityStatusInfo(status);
  return info ? `${status} (${info.en})` : String(status);
}
