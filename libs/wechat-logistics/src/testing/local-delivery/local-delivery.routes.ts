import {
  type RouteDefinition,
  type RouteHandler,
} from '../http/emulator-route';
import {
  bindAccountHandler,
  getAllImmeDeliveryHandler,
  getBindAccountHandler,
  openDeliveryHandler,
} from './handlers/account.handlers';
import { addOrderHandler } from './handlers/add-order.handler';
import { addTipsHandler } from './handlers/add-tips.handler';
import { cancelHandler } from './handlers/cancel.handlers';
import { confirmReturnHandler } from './handlers/confirm-return.handler';
import { getOrderHandler } from './handlers/get-order.handler';
import {
  realMockUpdateOrderHandler,
  testUpdateOrderHandler,
} from './handlers/mock-update.handlers';
import { preAddHandler } from './handlers/pre-add.handler';

const LOCAL = '/cgi-bin/express/local/business';

/** 即时配送's 14 merchant paths (local-delivery.md §2), keyed `local` + the client's method. */
export const LOCAL_DELIVERY_PATHS = {
  localGetAllImmeDelivery: `${LOCAL}/delivery/getall`,
  localGetBindAccount: `${LOCAL}/shop/get`,
  localBindAccount: `${LOCAL}/shop/add`,
  localOpenDelivery: `${LOCAL}/open`,
  localPreAddOrder: `${LOCAL}/order/pre_add`,
  localAddOrder: `${LOCAL}/order/add`,
  localReOrder: `${LOCAL}/order/readd`,
  localAddTip: `${LOCAL}/order/addtips`,
  localGetOrder: `${LOCAL}/order/get`,
  localPreCancelOrder: `${LOCAL}/order/precancel`,
  localCancelOrder: `${LOCAL}/order/cancel`,
  localAbnormalConfirm: `${LOCAL}/order/confirm_return`,
  localMockUpdateOrder: `${LOCAL}/test_update_order`,
  localRealMockUpdateOrder: `${LOCAL}/realmock_update_order`,
} as const;

const post = (handler: RouteHandler): RouteDefinition => ({
  methods: ['POST'],
  auth: 'access-token',
  body: 'json',
  handler,
});

/** getall, shop/get and open take no body (the examples send `{}`): any body is ignored. */
const postWithoutBody = (handler: RouteHandler): RouteDefinition => ({
  methods: ['POST'],
  auth: 'access-token',
  body: 'none',
  handler,
});

/** 即时配送's rows of the route table: one per endpoint. */
export function localDeliveryRoutes(): [string, RouteDefinition][] {
  const P = LOCAL_DELIVERY_PATHS;
  return [
    [P.localGetAllImmeDelivery, postWithoutBody(getAllImmeDeliveryHandler)],
    [P.localGetBindAccount, postWithoutBody(getBindAccountHandler)],
    [P.localBindAccount, post(bindAccountHandler)],
    [P.localOpenDelivery, postWithoutBody(openDeliveryHandler)],
    [P.localPreAddOrder, post(preAddHandler)],
    [P.localAddOrder, post(addOrderHandler('add'))],
    [P.localReOrder, post(addOrderHandler('readd'))],
    [P.localAddTip, post(addTipsHandler)],
    [P.localGetOrder, post(getOrderHandler)],
    [P.localPreCancelOrder, post(cancelHandler('precancel'))],
    [P.localCancelOrder, post(cancelHandler('cancel'))],
    [P.localAbnormalConfirm, post(confirmReturnHandler)],
    [P.localMockUpdateOrder, post(testUpdateOrderHandler)],
    [P.localRealMockUpdateOrder, post(realMockUpdateOrderHandler)],
  ];
}
