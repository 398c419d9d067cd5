import {
  type RouteDefinition,
  type RouteHandler,
} from '../http/emulator-route';
import {
  famousBrandApplyHandler,
  famousBrandStatusHandler,
} from './handlers/famous-brand.handlers';
import { getShippingOrderListHandler } from './handlers/get-order-list.handler';
import { getShippingOrderHandler } from './handlers/get-order.handler';
import { notifyConfirmReceiveHandler } from './handlers/notify-confirm-receive.handler';
import { opSpecialOrderHandler } from './handlers/op-special-order.handler';
import { setMsgJumpPathHandler } from './handlers/set-msg-jump-path.handler';
import { setTradeTypeHandler } from './handlers/set-trade-type.handler';
import {
  isConfirmationCompletedHandler,
  isTradeManagedHandler,
} from './handlers/trade-managed.handlers';
import { uploadCombinedShippingInfoHandler } from './handlers/upload-combined-shipping-info.handler';
import { uploadShippingInfoHandler } from './handlers/upload-shipping-info.handler';
import { shippingError } from './shipping-errmsgs';

const ORDER = '/wxa/sec/order';

/**
 * 发货信息管理's paths (shipping-info.md §2), named like the client's methods
 * — but for get_order / get_order_list, `getShippingOrder` /
 * `getShippingOrderList` here, because WECHAT_PATHS (which spreads this
 * object) already names the logistics assistant's `getOrder`.
 */
export const SHIPPING_PATHS = {
  uploadShippingInfo: `${ORDER}/upload_shipping_info`,
  uploadCombinedShippingInfo: `${ORDER}/upload_combined_shipping_info`,
  getShippingOrder: `${ORDER}/get_order`,
  getShippingOrderList: `${ORDER}/get_order_list`,
  notifyConfirmReceive: `${ORDER}/notify_confirm_receive`,
  setMsgJumpPath: `${ORDER}/set_msg_jump_path`,
  isTradeManaged: `${ORDER}/is_trade_managed`,
  isTradeManagementConfirmationCompleted: `${ORDER}/is_trade_management_confirmation_completed`,
  opSpecialOrder: `${ORDER}/opspecialorder`,
  famousBrandApply: '/wxa/sec/famousbrand/apply',
  getFamousBrandApplyStatus: '/wxa/sec/famousbrand/get_status',
  setWxaTradeType: `${ORDER}/setwxatradetypecgi`,
} as const;

const post = (handler: RouteHandler): RouteDefinition => ({
  methods: ['POST'],
  auth: 'access-token',
  body: 'json',
  handler,
});

/** An app not enrolled in 发货信息管理 gets 48001 from the order calls (§1.2). */
const enrolledOnly =
  (handler: RouteHandler): RouteHandler =>
  (request, state) =>
    state.shipping.tradeManaged
      ? handler(request, state)
      : shippingError(48001);

/** 发货信息管理's rows of the route table: one per endpoint. */
export function shippingRoutes(): [string, RouteDefinition][] {
  const P = SHIPPING_PATHS;
  return [
    [P.uploadShippingInfo, post(enrolledOnly(uploadShippingInfoHandler))],
    [
      P.uploadCombinedShippingInfo,
      post(enrolledOnly(uploadCombinedShippingInfoHandler)),
    ],
    [P.getShippingOrder, post(enrolledOnly(getShippingOrderHandler))],
    [P.getShippingOrderList, post(enrolledOnly(getShippingOrderListHandler))],
    [P.notifyConfirmReceive, post(enrolledOnly(notifyConfirmReceiveHandler))],
    [P.setMsgJumpPath, post(enrolledOnly(setMsgJumpPathHandler))],
    [P.isTradeManaged, post(isTradeManagedHandler)],
    [
      P.isTradeManagementConfirmationCompleted,
      post(isConfirmationCompletedHandler),
    ],
    [P.opSpecialOrder, post(enrolledOnly(opSpecialOrderHandler))],
    [P.famousBrandApply, post(famousBrandApplyHandler)],
    [P.getFamousBrandApplyStatus, post(famousBrandStatusHandler)],
    [P.setWxaTradeType, post(setTradeTypeHandler)],
  ];
}
