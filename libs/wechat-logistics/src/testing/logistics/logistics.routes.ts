import {
  type RouteDefinition,
  type RouteHandler,
} from '../http/emulator-route';
import { addOrderHandler } from './handlers/add-order.handler';
import { batchGetOrderHandler } from './handlers/batch-get-order.handler';
import { bindAccountHandler } from './handlers/bind-account.handler';
import { cancelOrderHandler } from './handlers/cancel-order.handler';
import { getAllAccountHandler } from './handlers/get-all-account.handler';
import { getAllDeliveryHandler } from './handlers/get-all-delivery.handler';
import { getOrderHandler } from './handlers/get-order.handler';
import { getPathHandler } from './handlers/get-path.handler';
import { getQuotaHandler } from './handlers/get-quota.handler';
import {
  getPrinterHandler,
  updatePrinterHandler,
} from './handlers/printer.handlers';
import { testUpdateOrderHandler } from './handlers/test-update-order.handler';

const BUSINESS = '/cgi-bin/express/business';

/** The logistics assistant's paths (wechat-logistics-api.md §6). */
export const LOGISTICS_PATHS = {
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
 * They are the logistics assistant's only APIs on WeChat's API-security list
 * (api-security.md §5): a signed POST is opened and answered sealed.
 */
const businessList = (handler: RouteHandler): RouteDefinition => ({
  methods: ['GET', 'POST'],
  auth: 'access-token',
  body: 'none',
  apiSecurity: 'supported',
  handler,
});

/** The logistics assistant's rows of the route table: one per endpoint. */
export function logisticsRoutes(): [string, RouteDefinition][] {
  return [
    [LOGISTICS_PATHS.addOrder, businessPost(addOrderHandler)],
    [LOGISTICS_PATHS.getOrder, businessPost(getOrderHandler)],
    [LOGISTICS_PATHS.batchGetOrder, businessPost(batchGetOrderHandler)],
    [LOGISTICS_PATHS.cancelOrder, businessPost(cancelOrderHandler)],
    [LOGISTICS_PATHS.getPath, businessPost(getPathHandler)],
    [LOGISTICS_PATHS.getAllDelivery, businessList(getAllDeliveryHandler)],
    [LOGISTICS_PATHS.getAllAccount, businessList(getAllAccountHandler)],
    [LOGISTICS_PATHS.bindAccount, businessPost(bindAccountHandler)],
    [LOGISTICS_PATHS.getQuota, businessPost(getQuotaHandler)],
    [LOGISTICS_PATHS.getPrinter, businessList(getPrinterHandler)],
    [LOGISTICS_PATHS.updatePrinter, businessPost(updatePrinterHandler)],
    [LOGISTICS_PATHS.testUpdateOrder, businessPost(testUpdateOrderHandler)],
  ];
}
