import { type RouteHandler } from '../../http/emulator-route';
import { okReply } from '../../http/wechat-reply';
import { fieldInvalid, isReply } from '../intracity-errors';
import { badOptionalField, firstBadField } from '../intracity-fields';
import { type IntracityBook } from '../state/intracity-book';
import { type IntracityTopUp } from '../state/intracity-ledger';
import { readOptionalCarrier, readPayer } from './payer-fields';

/** Without begin_time/end_time, the last 90 days (§4.7). */
const DEFAULT_WINDOW_SECONDS = 90 * 24 * 3600;

type Flow = Record<string, unknown> & { create_time: number };

/** A paid top-up as a charge (1) or refund (3) record. */
function topUpFlow(
  appid: string,
  topUp: IntracityTopUp,
  flowType: 1 | 3,
): Flow {
  return {
    flow_type: flowType,
    appid,
    wx_store_id: topUp.wxStoreId,
    pay_order_id: topUp.payorderId,
    service_trans_id: topUp.carrier,
    pay_amount: topUp.amount,
    pay_time: topUp.payTime ?? 0,
    pay_status: 'SUCCESS',
    create_time: topUp.createTime,
    consume_deadline: topUp.deadline,
    refund_amount: topUp.refunded,
    ...(topUp.refundTime === undefined
      ? {}
      : { refund_time: topUp.refundTime }),
  };
}

/** Every non-sandbox order the balance paid, as a consume (2) record, live from the order. */
function consumeFlows(
  intracity: IntracityBook,
  payer: string,
  wxStoreId: string,
): Flow[] {
  return intracity
    .orders()
    .filter((order) => order.payer === payer && order.wxStoreId === wxStoreId)
    .map((order) => {
      const refund =
        order.status === 20000 || order.status === 20001
          ? order.fee - order.deductfee
          : 0;
      return {
        flow_type: 2,
        appid: intracity.appId,
        wx_store_id: order.wxStoreId,
        pay_order_id: order.draws[0]?.payorderId ?? '',
        service_trans_id: order.serviceTransId,
        pay_amount: order.fee,
        pay_time: order.createTime,
        pay_status: 'SUCCESS',
        create_time: order.createTime,
        refund_amount: refund,
        openid: order.userOpenid,
        delivery_status: order.status,
        ...(refund > 0 ? { refund_status: 'SUCCESS' } : {}),
        deduct_amount: order.deductfee,
        bill_id: order.transOrderId,
        delivery_finished_time: order.finishTime,
        wx_order_id: order.wxOrderId,
      };
    });
}

/**
 * queryflow (§4.7), read from the ledger and the orders: 1 charges (paid
 * top-ups), 2 consumption (orders), 3 refunds (top-ups with money given
 * back), filtered by carrier and by `create_time` in the window.
 */
export const queryFlowHandler: RouteHandler = ({ body }, { intracity }) => {
  const payer = readPayer(body, intracity, true);
  if (isReply(payer)) return payer;
  const bad =
    firstBadField(body, [['flow_type', 'integer']]) ??
    badOptionalField(body, [
      ['begin_time', 'integer'],
      ['end_time', 'integer'],
    ]);
  if (bad) return bad;
  const flowType = body['flow_type'] as number;
  if (![1, 2, 3].includes(flowType)) return fieldInvalid('flow_type');
  const carrier = readOptionalCarrier(body);
  if (carrier !== undefined && typeof carrier !== 'string') return carrier;
  const now = intracity.nowSeconds();
  const begin =
    (body['begin_time'] as number | undefined) ?? now - DEFAULT_WINDOW_SECONDS;
  const end = (body['end_time'] as number | undefined) ?? now;
  const flows = flowsOf(
    intracity,
    flowType,
    payer.payer,
    payer.wxStoreId,
  ).filter(
    (flow) =>
      (carrier === undefined || flow['service_trans_id'] === carrier) &&
      flow.create_time >= begin &&
      flow.create_time <= end,
  );
  const sum = (field: string) =>
    flows.reduce((total, flow) => total + (flow[field] as number), 0);
  return okReply({
    flow_list: flows,
    total: flows.length,
    total_pay_amt: sum('pay_amount'),
    total_refund_amt: sum('refund_amount'),
    ...(flowType === 2 ? { total_deduct_amt: sum('deduct_amount') } : {}),
  });
};

function flowsOf(
  intracity: IntracityBook,
  flowType: number,
  payer: string,
  wxStoreId: string,
): Flow[] {
  if (flowType === 2) return consumeFlows(intracity, payer, wxStoreId);
  const paid = intracity.ledger
    .all(payer)
    .filter((topUp) => topUp.payTime !== undefined);
  if (flowType === 1) return paid.map((t) => topUpFlow(intracity.appId, t, 1));
  return paid
    .filter((topUp) => topUp.refunded > 0)
    .map((t) => topUpFlow(intracity.appId, t, 3));
}
