import { Param, applyDecorators } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

/** The prefix each family's demo routes live under. */
export type RouteFamily =
  | 'logistics'
  | 'shipping'
  | 'waybill-tracking'
  | 'returns'
  | 'local-delivery'
  | 'shipments'
  | 'intracity';

/**
 * Every WeChat-backed route answers twice: `/logistics/…` for the default mini
 * program, and `/logistics/apps/:appId/…` for any other the demo knows
 * (`WECHAT_EXTRA_APPS`; in sandbox mode a second emulated app). Same
 * validation, same errors; an unknown appId is a 404 naming it. Another
 * family's routes live under their own prefix (`shipping`, `waybill-tracking`,
 * `returns`, `local-delivery`) the same way.
 */
export function forDefaultAndApps(
  path: string,
  family: RouteFamily = 'logistics',
): string[] {
  // '' is the family's own root (`POST /shipments`).
  const tail = path === '' ? '' : `/${path}`;
  return [`${family}${tail}`, `${family}/apps/:appId${tail}`];
}

/** Documents `:appId` on the multi-app routes (Swagger leaves it off the routes without it). */
export const ApiAppIdParam = (): ClassDecorator =>
  applyDecorators(
    ApiParam({
      name: 'appId',
      description:
        'AppID of a mini program configured besides the default one (WECHAT_EXTRA_APPS; in sandbox mode wx0000000000sandbox2)',
      example: 'wx0000000000sandbox2',
    }),
  );

/** The `:appId` of a multi-app route; `undefined` on the default app's routes. */
export const AppIdParam = (): ParameterDecorator => Param('appId');

/** The client for the route's app: the family's service itself, or its `forApp(appId)`. */
export function clientFor<Client>(
  service: Client & { forApp(appId: string): Client },
  appId: string | undefined,
): Client {
  return appId === undefined ? service : service.forApp(appId);
}
