import { WechatTransportError } from '../../core/errors';
import {
  type WireObject,
  readOptionalNumber,
  readOptionalString,
  readString,
} from '../../core/wire/reply-fields';
import { type AddReturnIdResult, type GetReturnIdResult } from '../results';

/**
 * `return_id` as the string it must stay. WeChat sends a string (reference
 * §5.1). Were it ever a JSON number, the core's JSON.parse has already
 * rounded any id above 2^53 — every 19-digit one — and the reply's text is
 * gone by the time a family reads it; handing back a rounded id would point
 * the merchant at another return. So a safe integer is converted exactly and
 * anything else fails as a bad response, rather than a wrong id.
 */
export function toAddReturnIdResult(
  reply: WireObject,
  api: string,
): AddReturnIdResult {
  const value = reply['return_id'];
  if (typeof value === 'string' && value !== '') return { returnId: value };
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
    return { returnId: String(value) };
  throw new WechatTransportError(
    'bad-response',
    api,
    typeof value === 'number'
      ? 'return_id arrived as a JSON number too large to read exactly (beyond 2^53); no id is returned rather than a rounded one. WeChat did create the return id (adding the same shop order id again answers 9300522)'
      : 'the reply carries no return_id string, although WeChat answered ok: the return id may have been created',
  );
}

/**
 * getReturnId's reply. `status` and `order_status` are read from a number or
 * a numeric string (the official example sends `"status":"1"`, §8 #8); a
 * missing status reads as 0 (nothing chosen yet). The carrier fields are left
 * out when empty: there is no waybill yet.
 */
export function toGetReturnIdResult(reply: WireObject): GetReturnIdResult {
  const orderStatus = readOptionalNumber(reply, 'order_status');
  const deliveryId = readOptionalString(reply, 'delivery_id');
  const deliveryName = readOptionalString(reply, 'delivery_name');
  return {
    status: readOptionalNumber(reply, 'status') ?? 0,
    waybillId: readString(reply, 'waybill_id'),
    ...(orderStatus === undefined ? {} : { orderStatus }),
    ...(deliveryId ? { deliveryId } : {}),
    ...(deliveryName ? { deliveryName } : {}),
  };
}
