import {
  type RouteDefinition,
  type RouteHandler,
  type RouteTable,
} from './emulator-route';
import { addOrderHandler } from '../logistics/handlers/add-order.handler';
import { batchGetOrderHandler } from '../logistics/handlers/batch-get-order.handler';
import { bindAccountHandler } from '../logistics/handlers/bind-account.handler';
import { cancelOrderHandler } from '../logistics/handlers/cancel-order.handler';
import { getAllAccountHandler } from '../logistics/handlers/get-all-account.handler';
import { getAllDeliveryHandler } from '../logistics/handlers/get-all-delivery.handler';
import { getOrderHandler } from '../logistics/handlers/get-order.handler';
import { getPathHandler } from '../logistics/handlers/get-path.handler';
import { getQuotaHandler } from '../logistics/handlers/get-quota.handler';
import {
  getPrinterHandler,
  updatePrinterHandler,
} from '../logistics/handlers/printer.handlers';
import { testUpdateOrderHandler } from '../logistics/handlers/test-update-order.handler';
import {
  classicTokenHandler,
  stableTokenHandler,
} from './token/token.handlers';

const BUSINESS = '/cgi-bin/express/business';

/** Paths the emulator serves, for `faults.inject({ path })`, `requests.forPath()` and `openApi.deny()`. */
export const WECHAT_PATHS = {
  token: '/cgi-bin/token',
  stableToken: '/cgi-bin/stable_token',
  addOrder: `${BUSINESS}/order/add`,
  getOrder: `${BUSINESS}/order/get`,
  batchGetOrder: `${BUSINESS}/order/batchget`,
  cancelOrder: `${BUSINESS}/order/cancel`,
  getPath: `${BUSINESS}/path/get`,
  getAllDelivery: `${BUSINESS}/delivery/getall`,
  getAllAccount: `${BUSINESS}/account/getall`,
  bindAccount: `${BUSINESS}/account/bind`,
  getQuota: `${BUSINESS}/quota/get`,
  getPrinter: `${BUSINESS}/printer/getall`,
  updatePrinter: `${BUSINESS}/printer/update`,
  testUpdateOrder: `${BUSINESS}/test_update_order`,
} as const;

const businessPost = (handler: RouteHandler): RouteDefinition => ({
  methods: ['POST'],
  auth: 'access-token',
  body: 'json',
  handler,
});

/**
 * The three list endpoints are GET today but were POST in the 2019 docs and
 * still are in some SDKs (§12.1): both are accepted and any body is ignored.
 */
const businessList = (handler: RouteHandler): RouteDefinition => ({
  methods: ['GET', 'POST'],
  auth: 'access-token',
  body: 'none',
  handler,
});

/**
 * The route table: one row per WeChat endpoint. New endpoints add a row and
 * a handler file; the shared checks live in the router.
 */
export function createRouteTable(): RouteTable {
  return new Map<string, RouteDefinition>([
    // Only GET is documented for /cgi-bin/token; a POST gets 43001 so a client bug shows.
    [
      WECHAT_PATHS.token,
      {
        methods: ['GET'],
        auth: 'app-credentials',
        body: 'none',
        handler: classicTokenHandler,
      },
    ],
    [
      WECHAT_PATHS.stableToken,
      {
        methods: ['POST'],
        auth: 'app-credentials',
        body: 'json',
        handler: stableTokenHandler,
      },
    ],
    [WECHAT_PATHS.addOrder, businessPost(addOrderHandler)],
    [WECHAT_PATHS.getOrder, businessPost(getOrderHandler)],
    [WECHAT_PATHS.batchGetOrder, businessPost(batchGetOrderHandler)],
    [WECHAT_PATHS.cancelOrder, businessPost(cancelOrderHandler)],
    [WECHAT_PATHS.getPath, businessPost(getPathHandler)],
    [WECHAT_PATHS.getAllDelivery, businessList(getAllDeliveryHandler)],
    [WECHAT_PATHS.getAllAccount, businessList(getAllAccountHandler)],
    [WECHAT_PATHS.bindAccount, businessPost(bindAccountHandler)],
    [WECHAT_PATHS.getQuota, businessPost(getQuotaHandler)],
    [WECHAT_PATHS.getPrinter, businessList(getPrinterHandler)],
    [WECHAT_PATHS.updatePrinter, businessPost(updatePrinterHandler)],
    [WECHAT_PATHS.testUpdateOrder, businessPost(testUpdateOrderHandler)],
  ]);
}

/** The business API paths (everything but the token endpoints): what Cloud Hosting's token permissions cover. */
export function apiPaths(routes: RouteTable): string[] {
  return [...routes]
    .filter(([, route]) => route.auth === 'access-token')
    .map(([path]) => path);
}
