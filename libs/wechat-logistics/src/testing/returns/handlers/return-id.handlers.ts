import { type RouteHandler } from '../../http/emulator-route';
import { isNonEmptyString } from '../../http/json-values';
import { type EmulatedReturn } from '../state/emulated-return';
import { type ReturnBook } from '../state/return-book';
import { returnsError, returnsOk } from '../returns-errmsgs';
import { type WechatReply } from '../../http/wechat-reply';

/**
 * The return id a get or unbind names, or WeChat's answer: 40097 for a
 * missing one (§5.2), 931023 for an id that is gone (unbound; or never
 * issued — undocumented, answered alike) or whose typed waybill the carrier
 * does not know (§5.2, COMM).
 */
function lookUp(
  body: Readonly<Record<string, unknown>>,
  returns: ReturnBook,
): EmulatedReturn | WechatReply {
  const returnId = body['return_id'];
  if (!isNonEmptyString(returnId)) return returnsError(40097);
  const record = returns.find(returnId);
  if (record === undefined || record.unbound || record.waybillUnknown)
    return returnsError(931023);
  return record;
}

const isReply = (value: EmulatedReturn | WechatReply): value is WechatReply =>
  'httpStatus' in value;

/**
 * POST `/no_worry_return/get` or `/return/get` (§5.2). Before the buyer
 * chose (status 0) the answer is `{status: 0, waybill_id: ""}` without
 * order_status or carrier (undocumented; our choice: there is no waybill
 * whose state could be told). `returns.sendStatusAsString()` sends status as
 * the examples do, `"2"`.
 */
export const getReturnHandler: RouteHandler = ({ body }, { returns }) => {
  const found = lookUp(body, returns);
  if (isReply(found)) return found;
  const status = returns.statusSentAsString
    ? String(found.status)
    : found.status;
  if (found.waybill === undefined) return returnsOk({ status, waybill_id: '' });
  return returnsOk({
    status,
    waybill_id: found.waybill.waybillId,
    order_status: found.orderStatus,
    delivery_id: found.waybill.deliveryId,
    delivery_name: found.waybill.deliveryName,
  });
};

/**
 * POST `/no_worry_return/unbind` or `/return/unbind` (§5.3): only once the
 * buyer typed a self-ship waybill (status 2), else 40097 as users report;
 * afterwards the id is gone (get → 931023).
 */
export const unbindReturnHandler: RouteHandler = ({ body }, { returns }) => {
  const found = lookUp(body, returns);
  if (isReply(found)) return found;
  if (found.status !== 2) return returnsError(40097);
  returns.unbind(found.returnId);
  return returnsOk();
};
