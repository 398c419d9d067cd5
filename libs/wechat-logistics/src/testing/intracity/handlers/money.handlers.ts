import { type RouteHandler } from '../../http/emulator-route';
import { okReply } from '../../http/wechat-reply';
import { intracityError, isReply } from '../intracity-errors';
import { firstBadField } from '../intracity-fields';
import { CARRIER_NAMES, INTRACITY_CARRIERS } from '../state/intracity-carriers';
import { IN_FLIGHT_STATUSES } from '../state/intracity-order';
import { readCarrier, readOptionalCarrier, readPayer } from './payer-fields';

/** storecharge's floor (§4.5): ¥50. */
export const MIN_CHARGE_FEN = 5000;

/**
 * storecharge (§4.5): issues a top-up and answers a `payurl` at the
 * emulator's own page, which pays it when opened (WeChat's is a 服务市场 page).
 */
export const storeChargeHandler: RouteHandler = ({ body }, { intracity }) => {
  const payer = readPayer(body, intracity);
  if (isReply(payer)) return payer;
  const carrier = readCarrier(body);
  if (typeof carrier !== 'string') return carrier;
  const bad = firstBadField(body, [['amount', 'integer']]);
  if (bad) return bad;
  const amount = body['amount'] as number;
  if (amount < MIN_CHARGE_FEN)
    return intracityError(934001, `amount must be at least ${MIN_CHARGE_FEN}`);
  const topUp = intracity.ledger.issue(
    payer.payer,
    payer.payMode,
    payer.wxStoreId,
    carrier,
    amount,
  );
  return okReply({
    payurl: intracity.payUrl(topUp.payorderId),
    appid: intracity.appId,
    wx_store_id: payer.wxStoreId,
  });
};

/** storerefund (§4.6): the carrier's whole unused balance back; 934006 while an order it paid is in flight. */
export const storeRefundHandler: RouteHandler = ({ body }, { intracity }) => {
  const payer = readPayer(body, intracity);
  if (isReply(payer)) return payer;
  const carrier = readCarrier(body);
  if (typeof carrier !== 'string') return carrier;
  const busy = intracity
    .orders()
    .some(
      (order) =>
        order.payer === payer.payer &&
        order.serviceTransId === carrier &&
        IN_FLIGHT_STATUSES.includes(order.status),
    );
  if (busy) return intracityError(934006);
  return okReply({
    appid: intracity.appId,
    wx_store_id: payer.wxStoreId,
    refund_amount: intracity.ledger.refundAll(payer.payer, carrier),
  });
};

/** balancequery (§4.8): per carrier, with the live top-ups (`order_list`). */
export const balanceQueryHandler: RouteHandler = ({ body }, { intracity }) => {
  const payer = readPayer(body, intracity);
  if (isReply(payer)) return payer;
  const only = readOptionalCarrier(body);
  if (only !== undefined && typeof only !== 'string') return only;
  const carriers = only === undefined ? INTRACITY_CARRIERS : [only];
  const detail = carriers.map((carrier) => {
    const live = intracity.ledger.live(payer.payer, carrier);
    return {
      service_trans_id: carrier,
      service_trans_name: CARRIER_NAMES[carrier],
      balance: live.reduce((sum, topUp) => sum + topUp.unused, 0),
      order_list: live.map((topUp) => ({
        payorder_id: topUp.payorderId,
        charge_amt: topUp.amount,
        unused_amt: topUp.unused,
        begin_time: topUp.payTime,
        end_time: topUp.deadline,
      })),
    };
  });
  return okReply({
    wx_store_id: payer.wxStoreId,
    appid: intracity.appId,
    all_balance: detail.reduce((sum, d) => sum + d.balance, 0),
    balance_detail: detail,
  });
};
