import { type RouteHandler } from '../../http/emulator-route';
import { okReply } from '../../http/wechat-reply';
import { fieldInvalid, intracityError, isReply } from '../intracity-errors';
import {
  badOptionalField,
  type FieldRule,
  firstBadField,
  text,
} from '../intracity-fields';
import { type IntracityCargo } from '../state/intracity-order';
import {
  CARGO_RULES,
  orderStore,
  quoteOrder,
  readCargo,
  readSandbox,
} from './order-fields';

const RECIPIENT_RULES: readonly FieldRule[] = [
  ['user_name', 'string'],
  ['user_phone', 'string'],
  ['user_lng', 'number'],
  ['user_lat', 'number'],
  ['user_address', 'string'],
];

/**
 * preaddorder (§4.12): the quote. Fields per OFF-IC, but `cargo_name` is
 * read inside `cargo` (where WXJ and SKIT send it; the top-level copy is
 * optional — inference). A non-sandbox quote for a balance that has never
 * held money for the carrier answers `934001 use_sandbox = 1 if you need`,
 * mimicking the one report of that message on leaving the sandbox (inference).
 */
export const preAddOrderHandler: RouteHandler = ({ body }, { intracity }) => {
  const bad =
    firstBadField(body, [
      ['wx_store_id', 'string'],
      ...RECIPIENT_RULES,
      ['cargo', 'object'],
    ]) ??
    firstBadField(
      body['cargo'] as Record<string, unknown>,
      CARGO_RULES,
      'cargo.',
    );
  if (bad) return bad;
  const sandbox = readSandbox(body);
  if (typeof sandbox !== 'boolean') return sandbox;
  const store = orderStore(body, intracity);
  if (isReply(store)) return store;
  const cargo = readCargo(body['cargo'], false) as IntracityCargo;
  const quote = quoteOrder(body, store, cargo.cargoWeight, sandbox);
  if (isReply(quote)) return quote;
  if (!sandbox) {
    const payer = intracity.orderPayer(store.wxStoreId);
    const everCharged = intracity.ledger
      .all(payer)
      .some(
        (topUp) =>
          topUp.carrier === quote.carrier && topUp.payTime !== undefined,
      );
    if (!everCharged)
      return intracityError(934001, 'use_sandbox = 1 if you need');
  }
  return okReply({
    service_trans_id: quote.carrier,
    distance: quote.distance,
    est_fee: quote.fee,
    expected_finished_time: intracity.nowSeconds() + quote.promiseMinutes * 60,
    promise_delivery_time: quote.promiseMinutes,
  });
};

/** http(s) URL, or undefined. */
function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * addorder (§4.13): required fields in the table's order (`934001 <field> is
 * required`), the store, 934002 for a `store_order_id` the store already used
 * (§8), the quote's refusals, 934013 when the paying balance is short (not in
 * the sandbox); then status 10000, the fee debited and the 10000 callback.
 */
export const addOrderHandler: RouteHandler = ({ body }, { intracity }) => {
  const bad =
    firstBadField(body, [
      ['wx_store_id', 'string'],
      ['store_order_id', 'string'],
      ['user_openid', 'string'],
      ...RECIPIENT_RULES,
      ['order_detail_path', 'string'],
    ]) ??
    badOptionalField(body, [
      ['order_seq', 'string'],
      ['callback_url', 'string'],
    ]);
  if (bad) return bad;
  const callbackUrl = text(body, 'callback_url');
  if (callbackUrl !== undefined && !isHttpUrl(callbackUrl))
    return fieldInvalid('callback_url');
  const verifyCodeType = Number(body['verify_code_type'] ?? 0);
  if (![0, 1, 2, 3].includes(verifyCodeType))
    return fieldInvalid('verify_code_type');
  const sandbox = readSandbox(body);
  if (typeof sandbox !== 'boolean') return sandbox;
  const cargo =
    body['cargo'] === undefined ? undefined : readCargo(body['cargo'], true);
  if (cargo && isReply(cargo)) return cargo;
  const store = orderStore(body, intracity);
  if (isReply(store)) return store;
  const storeOrderId = body['store_order_id'] as string;
  if (intracity.storeOrderIdTaken(store.wxStoreId, storeOrderId))
    return intracityError(934002);
  const quote = quoteOrder(body, store, cargo?.cargoWeight ?? 0, sandbox);
  if (isReply(quote)) return quote;
  const payer = sandbox ? undefined : intracity.orderPayer(store.wxStoreId);
  const draws =
    payer === undefined
      ? []
      : intracity.ledger.debit(payer, quote.carrier, quote.fee);
  if (!draws) return intracityError(934013);

  const now = intracity.nowSeconds();
  const ids = intracity.newOrderIds();
  const order = intracity.addOrder({
    wxOrderId: ids.wxOrderId,
    storeOrderId,
    wxStoreId: store.wxStoreId,
    appid: intracity.appId,
    userOpenid: body['user_openid'] as string,
    serviceTransId: quote.carrier,
    transOrderId: ids.transOrderId,
    ...(quote.carrier === 'SFTC'
      ? { waybillId: `SF${ids.transOrderId.slice(2)}` }
      : {}),
    distance: quote.distance,
    fee: quote.fee,
    deductfee: 0,
    status: 10000,
    sandbox,
    createTime: now,
    statusChangeTime: now,
    acceptTime: 0,
    fetchTime: 0,
    finishTime: 0,
    cancelTime: 0,
    expectedFinishTime: now + quote.promiseMinutes * 60,
    fetchCode:
      verifyCodeType === 1 || verifyCodeType === 3 ? ids.fetchCode : '',
    recvCode: verifyCodeType === 2 || verifyCodeType === 3 ? ids.recvCode : '',
    orderSeq: text(body, 'order_seq') ?? '',
    verifyCodeType,
    orderDetailPath: body['order_detail_path'] as string,
    ...(callbackUrl === undefined ? {} : { callbackUrl }),
    receiver: {
      name: body['user_name'] as string,
      address: body['user_address'] as string,
      phone: body['user_phone'] as string,
      lng: body['user_lng'] as number,
      lat: body['user_lat'] as number,
    },
    ...(cargo ? { cargo } : {}),
    ...(payer === undefined ? {} : { payer }),
    draws,
  });
  return okReply({
    wx_store_id: order.wxStoreId,
    wx_order_id: order.wxOrderId,
    store_order_id: order.storeOrderId,
    service_trans_id: order.serviceTransId,
    distance: order.distance,
    trans_order_id: order.transOrderId,
    ...(order.waybillId === undefined ? {} : { waybill_id: order.waybillId }),
    fee: order.fee,
    fetch_code: order.fetchCode,
    order_seq: order.orderSeq,
  });
};
