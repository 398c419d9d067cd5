import { type RouteHandler } from '../../http/emulator-route';
import {
  isFiniteNumber,
  isJsonObject,
  isNonEmptyString,
} from '../../http/json-values';
import { returnsError, returnsOk } from '../returns-errmsgs';
import { type ReturnPathKind } from '../state/emulated-return';

/** A return address WeChat can use: an object with at least one non-empty field. */
const isAddress = (value: unknown): boolean =>
  isJsonObject(value) && Object.values(value).some(isNonEmptyString);

const isGoodsList = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(
    (item) =>
      isJsonObject(item) &&
      isNonEmptyString(item['name']) &&
      isNonEmptyString(item['url']),
  );

/**
 * POST `/no_worry_return/add` (§5.1) or the legacy `/return/add` (§5.4).
 * 40097 when the order id, the return address (or another required field)
 * is missing — on the current path also when wx_pay_id is missing with
 * them —, 9300569 when only wx_pay_id is missing, 9300570 when it is not
 * insured (`returns.insure`), 9300522 for a shop order id that already has a
 * return id; else a fresh 19-digit id as a string, `errmsg "OK"`. The legacy
 * path ignores wx_pay_id.
 */
export function addReturnHandler(kind: ReturnPathKind): RouteHandler {
  return ({ body }, { returns }) => {
    const shopOrderId = body['shop_order_id'];
    const openid = body['openid'];
    const wxPayId = body['wx_pay_id'];
    if (
      !isNonEmptyString(shopOrderId) ||
      !isNonEmptyString(openid) ||
      !isAddress(body['biz_addr']) ||
      !isNonEmptyString(body['order_path']) ||
      !isGoodsList(body['goods_list']) ||
      !isFiniteNumber(body['order_price'])
    )
      return returnsError(40097);
    let insuredPayId: string | undefined;
    if (kind === 'current') {
      if (!isNonEmptyString(wxPayId)) return returnsError(9300569);
      if (!returns.isInsured(wxPayId)) return returnsError(9300570);
      insuredPayId = wxPayId;
    }
    if (returns.hasShopOrder(shopOrderId)) return returnsError(9300522);
    const issued = returns.issue({
      shopOrderId,
      issuedBy: kind,
      openid,
      ...(insuredPayId === undefined ? {} : { wxPayId: insuredPayId }),
    });
    return returnsOk({ return_id: issued.returnId });
  };
}
