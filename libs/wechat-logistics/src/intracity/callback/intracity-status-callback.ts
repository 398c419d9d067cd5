import {
  type WireObject,
  isWireObject,
  readOptionalNumber,
  readOptionalString,
  readString,
} from '../../core/wire/reply-fields';
import { WechatPushError } from '../../push/wechat-push.error';
import { readId, statusFields } from '../mappers/intracity.mappers';
import {
  type IntracityQueryOrderResult,
  type IntracityStatusFields,
} from '../results';

/** The status callback WeChat posts to an order's `callback_url` (intracity.md §5), camelCase. */
export interface IntracityStatusCallback extends IntracityStatusFields {
  readonly appid: string;
  readonly wxStoreId: string;
  readonly wxOrderId: string;
  readonly storeOrderId: string;
  /** Unix s of the change. */
  readonly statusChangeTime: number;
  /** Unix s of the push (absent from the 2023 callbacks). */
  readonly timestamp: number | undefined;
  readonly serviceTransId: string;
}

/** What WeChat expects back, else it retries (§5): send it as the JSON body. */
export const INTRACITY_CALLBACK_REPLY = Object.freeze({
  return_code: 0,
  return_msg: 'OK',
} as const);

/** A callback the service believes, and why. */
export interface IntracityCallbackOutcome {
  /**
   * `sign`: its MD5 sign checked out with the app's message-push Token;
   * `query`: it carried no sign (as in 2023), or the app has no Token to
   * check one, and queryOrder showed WeChat's order in this very state.
   */
  readonly verifiedBy: 'sign' | 'query';
  readonly callback: IntracityStatusCallback;
  /** The order as queryOrder returned it, when `verifiedBy` is `query`. */
  readonly order?: IntracityQueryOrderResult;
  /**
   * `wx_order_id:order_status:status_change_time`: the same event re-sent
   * (WeChat retries until it gets the reply) has the same key. Act once per key.
   */
  readonly dedupeKey: string;
  /** The body to answer with (`{"return_code":0,"return_msg":"OK"}`). */
  readonly reply: typeof INTRACITY_CALLBACK_REPLY;
}

/** A callback read from its body: the raw fields (what the sign covers) and the typed view. */
export interface ParsedIntracityCallback {
  readonly fields: WireObject;
  readonly sign: string | undefined;
  readonly callback: IntracityStatusCallback;
}

/**
 * Reads the body as posted (a parsed JSON object, or the raw text / bytes).
 * A body that is not a JSON object, or lacks `appid`, `wx_order_id`,
 * `order_status` or `status_change_time`, is a `malformed` WechatPushError (400).
 */
export function parseIntracityCallback(body: unknown): ParsedIntracityCallback {
  const fields = toFields(body);
  const orderStatus = readOptionalNumber(fields, 'order_status');
  const statusChangeTime = readOptionalNumber(fields, 'status_change_time');
  const callback: IntracityStatusCallback = {
    ...statusFields(fields),
    appid: readString(fields, 'appid'),
    wxStoreId: readId(fields, 'wx_store_id'),
    wxOrderId: readId(fields, 'wx_order_id'),
    storeOrderId: readString(fields, 'store_order_id'),
    statusChangeTime: statusChangeTime ?? 0,
    timestamp: readOptionalNumber(fields, 'timestamp'),
    serviceTransId: readString(fields, 'service_trans_id'),
  };
  const missing = [
    ['appid', callback.appid],
    ['wx_order_id', callback.wxOrderId],
    ['order_status', orderStatus],
    ['status_change_time', statusChangeTime],
  ]
    .filter(([, value]) => value === undefined || value === '')
    .map(([key]) => key);
  if (missing.length > 0)
    throw new WechatPushError(
      'malformed',
      `the 同城配送 callback lacks ${missing.join(', ')}`,
    );
  const sign = readOptionalString(fields, 'sign');
  return { fields, sign: sign === '' ? undefined : sign, callback };
}

/** The key that tells a re-sent callback from a new one. */
export const intracityCallbackKey = (callback: IntracityStatusCallback) =>
  `${callback.wxOrderId}:${callback.orderStatus}:${callback.statusChangeTime}`;

function toFields(body: unknown): WireObject {
  let value = body;
  if (typeof value === 'string' || Buffer.isBuffer(value)) {
    try {
      value = JSON.parse(value.toString()) as unknown;
    } catch {
      throw new WechatPushError(
        'malformed',
        'the 同城配送 callback is not JSON',
      );
    }
  }
  if (!isWireObject(value))
    throw new WechatPushError(
      'malformed',
      'the 同城配送 callback is not a JSON object',
    );
  return value;
}
