import { type RouteDefinition, type RouteTable } from './emulator-route';
import { cancelOrderHandler } from './handlers/cancel-order.handler';
import {
  classicTokenHandler,
  stableTokenHandler,
} from './handlers/token.handlers';

/** Paths the emulator serves, for `faults.inject({ path })` and `requests.forPath()`. */
export const WECHAT_PATHS = {
  token: '/cgi-bin/token',
  stableToken: '/cgi-bin/stable_token',
  cancelOrder: '/cgi-bin/express/business/order/cancel',
} as const;

const businessPost = (
  handler: RouteDefinition['handler'],
): RouteDefinition => ({
  methods: ['POST'],
  auth: 'access-token',
  body: 'json',
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
        auth: 'none',
        body: 'none',
        handler: classicTokenHandler,
      },
    ],
    [
      WECHAT_PATHS.stableToken,
      {
        methods: ['POST'],
        auth: 'none',
        body: 'json',
        handler: stableTokenHandler,
      },
    ],
    [WECHAT_PATHS.cancelOrder, businessPost(cancelOrderHandler)],
  ]);
}
