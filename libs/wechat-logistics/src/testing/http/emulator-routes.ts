import {
  RISK_RANK_PATHS,
  riskRankRoutes,
} from '../api-security/risk-rank.routes';
import {
  INTRACITY_PATHS,
  intracityRoutes,
} from '../intracity/intracity.routes';
import {
  LOCAL_DELIVERY_PATHS,
  localDeliveryRoutes,
} from '../local-delivery/local-delivery.routes';
import {
  LOGISTICS_PATHS,
  logisticsRoutes,
} from '../logistics/logistics.routes';
import { RETURNS_PATHS, returnsRoutes } from '../returns/returns.routes';
import { SHIPPING_PATHS, shippingRoutes } from '../shipping/shipping.routes';
import {
  TRACKING_PATHS,
  trackingRoutes,
} from '../waybill-tracking/waybill-tracking.routes';
import { type RouteDefinition, type RouteTable } from './emulator-route';
import {
  classicTokenHandler,
  stableTokenHandler,
} from './token/token.handlers';

/** Paths the emulator serves, for `faults.inject({ path })`, `requests.forPath()` and `openApi.deny()`. */
export const WECHAT_PATHS = {
  token: '/cgi-bin/token',
  stableToken: '/cgi-bin/stable_token',
  ...LOGISTICS_PATHS,
  ...SHIPPING_PATHS,
  ...RETURNS_PATHS,
  ...TRACKING_PATHS,
  ...LOCAL_DELIVERY_PATHS,
  ...RISK_RANK_PATHS,
  ...INTRACITY_PATHS,
} as const;

/**
 * The route table: the token endpoints every family shares, then one list
 * of rows per API family (its own `testing/<family>/<family>.routes.ts`).
 * The shared checks live in the router.
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
    ...logisticsRoutes(),
    ...shippingRoutes(),
    ...returnsRoutes(),
    ...trackingRoutes(),
    ...localDeliveryRoutes(),
    ...riskRankRoutes(),
    ...intracityRoutes(),
  ]);
}

/** The business API paths (everything but the token endpoints): what Cloud Hosting's token permissions cover. */
export function apiPaths(routes: RouteTable): string[] {
  return [...routes]
    .filter(([, route]) => route.auth === 'access-token')
    .map(([path]) => path);
}
