import {
  type RouteDefinition,
  type RouteHandler,
} from '../http/emulator-route';
import { pluginApplyHandler } from '../third-party/plugin-apply.handler';
import { addReturnHandler } from './handlers/add-return.handler';
import {
  getReturnHandler,
  unbindReturnHandler,
} from './handlers/return-id.handlers';

const CURRENT = '/cgi-bin/express/delivery/no_worry_return';
const LEGACY = '/cgi-bin/express/delivery/return';

/** 退货组件 / 无忧退货's paths (reference §2), named like the client's methods. */
export const RETURNS_PATHS = {
  addReturnId: `${CURRENT}/add`,
  getReturnId: `${CURRENT}/get`,
  unbindReturnId: `${CURRENT}/unbind`,
  legacyAddReturnId: `${LEGACY}/add`,
  legacyGetReturnId: `${LEGACY}/get`,
  legacyUnbindReturnId: `${LEGACY}/unbind`,
  applyReturnPlugin: `${LEGACY}/open_return`,
} as const;

const post = (handler: RouteHandler): RouteDefinition => ({
  methods: ['POST'],
  auth: 'access-token',
  body: 'json',
  handler,
});

/** The returns rows of the route table: one per endpoint; current and legacy share their state. */
export function returnsRoutes(): [string, RouteDefinition][] {
  const P = RETURNS_PATHS;
  return [
    [P.addReturnId, post(addReturnHandler('current'))],
    [P.getReturnId, post(getReturnHandler)],
    [P.unbindReturnId, post(unbindReturnHandler)],
    [P.legacyAddReturnId, post(addReturnHandler('legacy'))],
    [P.legacyGetReturnId, post(getReturnHandler)],
    [P.legacyUnbindReturnId, post(unbindReturnHandler)],
    [P.applyReturnPlugin, post(pluginApplyHandler('return'))],
  ];
}
