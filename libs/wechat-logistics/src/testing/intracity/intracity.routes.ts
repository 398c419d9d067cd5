import {
  type RouteDefinition,
  type RouteHandler,
} from '../http/emulator-route';
import {
  getCityHandler,
  getPayModeHandler,
  setPayModeHandler,
} from './handlers/app-settings.handlers';
import {
  addOrderHandler,
  preAddOrderHandler,
} from './handlers/add-order.handlers';
import {
  balanceQueryHandler,
  storeChargeHandler,
  storeRefundHandler,
} from './handlers/money.handlers';
import {
  cancelOrderHandler,
  mockNotifyHandler,
  queryOrderHandler,
} from './handlers/order-state.handlers';
import { payPageHandler } from './handlers/pay-page.handler';
import { queryFlowHandler } from './handlers/query-flow.handler';
import {
  applyHandler,
  createStoreHandler,
  queryStoreHandler,
  updateStoreHandler,
} from './handlers/store.handlers';
import { intracityError } from './intracity-errors';
import { INTRACITY_PAY_PATH } from './state/intracity-book';

const INTRACITY = '/cgi-bin/express/intracity';

/** 同城配送's 16 paths (intracity.md §2), keyed `intracity` + the client's method. */
export const INTRACITY_PATHS = {
  intracityApply: `${INTRACITY}/apply`,
  intracityCreateStore: `${INTRACITY}/createstore`,
  intracityQueryStore: `${INTRACITY}/querystore`,
  intracityUpdateStore: `${INTRACITY}/updatestore`,
  intracityStoreCharge: `${INTRACITY}/storecharge`,
  intracityStoreRefund: `${INTRACITY}/storerefund`,
  intracityQueryFlow: `${INTRACITY}/queryflow`,
  intracityBalanceQuery: `${INTRACITY}/balancequery`,
  intracitySetPayMode: `${INTRACITY}/setpaymode`,
  intracityGetPayMode: `${INTRACITY}/getpaymode`,
  intracityGetCity: `${INTRACITY}/getcity`,
  intracityPreAddOrder: `${INTRACITY}/preaddorder`,
  intracityAddOrder: `${INTRACITY}/addorder`,
  intracityQueryOrder: `${INTRACITY}/queryorder`,
  intracityCancelOrder: `${INTRACITY}/cancelorder`,
  intracityMockNotify: `${INTRACITY}/mocknotify`,
} as const;

export { INTRACITY_PAY_PATH };

/**
 * Where each path stands on API security (§1, §2): every one 'required' but
 * apply, documented plain yet signed by SKIT and refused plain for one user
 * (conflict): 'supported', so the emulator takes it either way.
 */
export const INTRACITY_SECURITY: Readonly<
  Record<keyof typeof INTRACITY_PATHS, 'required' | 'supported'>
> = {
  intracityApply: 'supported',
  intracityCreateStore: 'required',
  intracityQueryStore: 'required',
  intracityUpdateStore: 'required',
  intracityStoreCharge: 'required',
  intracityStoreRefund: 'required',
  intracityQueryFlow: 'required',
  intracityBalanceQuery: 'required',
  intracitySetPayMode: 'required',
  intracityGetPayMode: 'required',
  intracityGetCity: 'required',
  intracityPreAddOrder: 'required',
  intracityAddOrder: 'required',
  intracityQueryOrder: 'required',
  intracityCancelOrder: 'required',
  intracityMockNotify: 'required',
};

/** Every call but apply answers 48001 until the feature is opened (§4.1), unless `requireApply(false)`. */
const openedOnly =
  (handler: RouteHandler): RouteHandler =>
  (request, state) =>
    state.intracity.usable ? handler(request, state) : intracityError(48001);

const HANDLERS: Record<keyof typeof INTRACITY_PATHS, RouteHandler> = {
  intracityApply: applyHandler,
  intracityCreateStore: openedOnly(createStoreHandler),
  intracityQueryStore: openedOnly(queryStoreHandler),
  intracityUpdateStore: openedOnly(updateStoreHandler),
  intracityStoreCharge: openedOnly(storeChargeHandler),
  intracityStoreRefund: openedOnly(storeRefundHandler),
  intracityQueryFlow: openedOnly(queryFlowHandler),
  intracityBalanceQuery: openedOnly(balanceQueryHandler),
  intracitySetPayMode: openedOnly(setPayModeHandler),
  intracityGetPayMode: openedOnly(getPayModeHandler),
  intracityGetCity: openedOnly(getCityHandler),
  intracityPreAddOrder: openedOnly(preAddOrderHandler),
  intracityAddOrder: openedOnly(addOrderHandler),
  intracityQueryOrder: openedOnly(queryOrderHandler),
  intracityCancelOrder: openedOnly(cancelOrderHandler),
  intracityMockNotify: openedOnly(mockNotifyHandler),
};

/**
 * 同城配送's rows of the route table: one per endpoint (POST; apply takes no
 * body, §4.1), and the emulator's own top-up page behind `payurl`.
 */
export function intracityRoutes(): [string, RouteDefinition][] {
  const rows = (
    Object.keys(INTRACITY_PATHS) as (keyof typeof INTRACITY_PATHS)[]
  ).map((key): [string, RouteDefinition] => [
    INTRACITY_PATHS[key],
    {
      methods: ['POST'],
      auth: 'access-token',
      body: key === 'intracityApply' ? 'none' : 'json',
      apiSecurity: INTRACITY_SECURITY[key],
      handler: HANDLERS[key],
    },
  ]);
  return [
    ...rows,
    [
      INTRACITY_PAY_PATH,
      { methods: ['GET'], auth: 'none', body: 'none', handler: payPageHandler },
    ],
  ];
}
