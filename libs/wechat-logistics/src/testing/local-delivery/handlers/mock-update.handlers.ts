import { type RouteHandler } from '../../http/emulator-route';
import { isInteger, isNonEmptyString } from '../../http/json-values';
import { type WechatReply } from '../../http/wechat-reply';
import { localError, localOk } from '../local-delivery-replies';
import { isLocalOrderStatus } from '../state/local-delivery-book';
import { REALMOCK_SHOPS, SANDBOX_SHOP } from '../state/local-shops';
import { signRefusal } from './local-call';

type Body = Readonly<Record<string, unknown>>;

interface MockRequest {
  readonly shopId: string;
  readonly shopOrderId: string;
  readonly status: number;
  readonly actionTime: number;
  readonly actionMsg: string;
}

/** The fields both mock calls take (§3.13), or 930561. */
function readMock(body: Body): MockRequest | WechatReply {
  const { shopid, shop_order_id: id, order_status: status } = body;
  const actionTime = body['action_time'];
  const actionMsg = body['action_msg'] ?? '';
  if (
    !isNonEmptyString(shopid) ||
    !isNonEmptyString(id) ||
    !isLocalOrderStatus(status) ||
    !isInteger(actionTime) ||
    typeof actionMsg !== 'string'
  )
    return localError(930561);
  return { shopId: shopid, shopOrderId: id, status, actionTime, actionMsg };
}

const isReply = (value: object): value is WechatReply => 'httpStatus' in value;

/**
 * POST `test_update_order` (local-delivery.md §3.13, §6.1): TEST orders
 * only — shopid must be `test_shop_id` (930561), an order that exists only
 * under a real shop is refused 930561 (staff answer), an unknown one 930563
 * — and any §5.3 status is applied as is, with the request's action_time,
 * and pushed. No `delivery_sign` (not in the table). Counts against the
 * sandbox's daily calls.
 */
export const testUpdateOrderHandler: RouteHandler = (
  { body },
  { localDelivery: book },
) => {
  const mock = readMock(body);
  if (isReply(mock)) return mock;
  if (mock.shopId !== SANDBOX_SHOP.shopId) return localError(930561);
  if (!book.takeSandboxCall()) return localError(930564);
  const order = book.find(mock.shopId, mock.shopOrderId);
  if (!order)
    return localError(
      book.byShopOrderId(mock.shopOrderId).length > 0 ? 930561 : 930563,
    );
  book.move(order, mock.status, {
    actionTime: mock.actionTime,
    actionMsg: mock.actionMsg,
  });
  return localOk();
};

/**
 * POST `realmock_update_order` (local-delivery.md §3.14, §6.2): only for
 * orders of the carriers' test accounts, with their `delivery_sign`. A TEST
 * order → 930557 (observed); another shopid → 930561; a status that
 * carrier's test system does not list → 930561 (our choice); else applied
 * and pushed.
 */
export const realMockUpdateOrderHandler: RouteHandler = (
  { body },
  { localDelivery: book },
) => {
  const mock = readMock(body);
  if (isReply(mock)) return mock;
  if (mock.shopId === SANDBOX_SHOP.shopId)
    return localError(
      book.find(mock.shopId, mock.shopOrderId) ? 930557 : 930563,
    );
  const account = REALMOCK_SHOPS.find((shop) => shop.shopId === mock.shopId);
  if (!account) return localError(930561);
  const order = book.find(mock.shopId, mock.shopOrderId);
  if (!order) return localError(930563);
  if (!account.statuses.includes(mock.status)) return localError(930561);
  const call = {
    shop: account,
    shopOrderId: mock.shopOrderId,
    carrier: undefined,
  };
  const badSign = signRefusal(body, call, {});
  if (badSign) return badSign;
  book.move(order, mock.status, {
    actionTime: mock.actionTime,
    actionMsg: mock.actionMsg,
  });
  return localOk();
};
