import {
  type WechatAppOptions,
  type WechatLogisticsModuleOptions,
} from '../interfaces';
import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';
import { resolveAppOptions } from './resolve-app-options';
import { type ResolvedAppOptions } from './resolved-options';
import { type ResolvedCarrierCodes } from './resolve-carrier-codes';
import { type ResolvedLocalDelivery } from './resolve-local-delivery';

/**
 * The module's own appId / appSecret / push fields: the default app, which
 * `WechatLogisticsService` calls for. With `apps` or `resolveApp` it may be
 * left out entirely (every call then names its app through `forApp`).
 */
export function resolveDefaultApp(
  options: WechatLogisticsModuleOptions,
  cloudHosting: boolean,
  carrierCodes?: ResolvedCarrierCodes,
  localDelivery: ResolvedLocalDelivery = [],
): ResolvedAppOptions | undefined {
  // With apps or resolveApp, a module-level provider alone serves the tenants
  // (a third-party platform's authorizer tokens), not an app of its own.
  const tenantsOnly =
    options.apps !== undefined || options.resolveApp !== undefined;
  const named =
    options.appId !== undefined ||
    options.appSecret !== undefined ||
    options.pushToken !== undefined ||
    (options.accessTokenProvider !== undefined && !tenantsOnly) ||
    cloudHosting;
  if (!named) return undefined;
  if (!options.appId && !options.accessTokenProvider && !cloudHosting)
    // A secret (or push token) without the AppID it belongs to.
    throw new InvalidWechatLogisticsOptionsError(
      'appId',
      'is required unless accessTokenProvider is given',
    );
  return resolveAppOptions(options, {
    prefix: '',
    isDefault: true,
    cloudHosting,
    moduleProvider: undefined, // the module's provider is the default app's own
    moduleCarrierCodes: carrierCodes,
    moduleLocalDelivery: localDelivery,
  });
}

/** `apps`, by appId, with the default app (when it has an appId) among them. */
export function resolveApps(
  options: WechatLogisticsModuleOptions,
  defaultApp: ResolvedAppOptions | undefined,
  cloudHosting: boolean,
  carrierCodes?: ResolvedCarrierCodes,
  localDelivery: ResolvedLocalDelivery = [],
): ReadonlyMap<string, ResolvedAppOptions> {
  const list: unknown = options.apps ?? [];
  if (!Array.isArray(list))
    throw new InvalidWechatLogisticsOptionsError(
      'apps',
      'must be an array of { appId, appSecret | accessTokenProvider, pushToken?, encodingAesKey?, push? }',
    );
  const apps = new Map<string, ResolvedAppOptions>();
  if (defaultApp?.appId !== undefined) apps.set(defaultApp.appId, defaultApp);
  list.forEach((entry: WechatAppOptions, index) => {
    const app = resolveAppOptions(entry, {
      prefix: `apps[${index}].`,
      isDefault: false,
      cloudHosting,
      moduleProvider: options.accessTokenProvider,
      moduleCarrierCodes: carrierCodes,
      moduleLocalDelivery: localDelivery,
    });
    const appId = app.appId as string;
    if (apps.has(appId))
      throw new InvalidWechatLogisticsOptionsError(
        `apps[${index}].appId`,
        `"${appId}" is configured twice`,
      );
    apps.set(appId, app);
  });
  return apps;
}
