import { type AccessTokenProvider, type WechatAppOptions } from '../interfaces';
import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';
import { knownOptionKeys, refuseUnknownOptionKeys } from './known-option-keys';
import { optionalString } from './option-readers';
import {
  type ResolvedCarrierCodes,
  resolveCarrierCodes,
} from './resolve-carrier-codes';
import {
  type ResolvedLocalDelivery,
  resolveLocalDelivery,
} from './resolve-local-delivery';
import { resolveApiSecurity } from './resolve-api-security';
import { resolvePushOptions } from './resolve-push-options';
import {
  type AppCredentials,
  type ResolvedAppOptions,
} from './resolved-options';

const APP_OPTION_KEYS = knownOptionKeys<WechatAppOptions>('WechatAppOptions', {
  appId: true,
  appSecret: true,
  accessTokenProvider: true,
  pushToken: true,
  encodingAesKey: true,
  push: true,
  carrierCodes: true,
  localDelivery: true,
  apiSecurity: true,
});

/** What an app entry is resolved against: the module-wide settings it may fall back on. */
export interface AppResolutionContext {
  /** Prefix of field names in errors: `apps[2].`, `resolveApp("wx…").`, or '' for the default app. */
  readonly prefix: string;
  readonly isDefault: boolean;
  readonly cloudHosting: boolean;
  /** The module-level provider, serving every app without credentials of its own. */
  readonly moduleProvider: AccessTokenProvider | undefined;
  /** The module's `carrierCodes`, which the app's own extend. */
  readonly moduleCarrierCodes?: ResolvedCarrierCodes;
  /** The module's `localDelivery`, asked after the app's own. */
  readonly moduleLocalDelivery?: ResolvedLocalDelivery;
}

/**
 * One mini program's options, checked the same way wherever they come from
 * (the module's own fields, `apps`, `resolveApp`'s answers), each error naming
 * the field with its prefix.
 */
export function resolveAppOptions(
  source: Partial<WechatAppOptions>,
  context: AppResolutionContext,
): ResolvedAppOptions {
  const { prefix, isDefault } = context;
  if (source === null || typeof source !== 'object')
    throw new InvalidWechatLogisticsOptionsError(
      prefix.replace(/\.$/, '') || 'options',
      'must be an object',
    );
  // The default app's fields sit among the module's, whose keys resolveOptions checks.
  if (!isDefault) refuseUnknownOptionKeys(source, APP_OPTION_KEYS, prefix);
  const appId = optionalString(source, 'appId', prefix);
  if (!isDefault && !appId)
    throw new InvalidWechatLogisticsOptionsError(
      `${prefix}appId`,
      'is required',
    );
  return {
    appId,
    credentials: credentialsOf(source, appId, context),
    push: resolvePushOptions(source, appId, prefix),
    isDefault,
    // The default app's carrierCodes are the module's own field.
    carrierCodes: isDefault
      ? context.moduleCarrierCodes
      : resolveCarrierCodes(source, prefix, context.moduleCarrierCodes),
    // Likewise the default app's localDelivery; left out when no level is set.
    ...localDeliveryOf(source, context),
    // The default app's is the module's own field; an app's keys are never inherited.
    apiSecurity: resolveApiSecurity(source, prefix, appId),
  };
}

function credentialsOf(
  source: Partial<WechatAppOptions>,
  appId: string | undefined,
  { prefix, cloudHosting, moduleProvider }: AppResolutionContext,
): AppCredentials {
  const provider = source.accessTokenProvider;
  if (provider !== undefined && typeof provider !== 'function')
    throw new InvalidWechatLogisticsOptionsError(
      `${prefix}accessTokenProvider`,
      'must be a function returning a Promise<string>',
    );
  const appSecret = optionalString(source, 'appSecret', prefix);
  if (cloudHosting) {
    // The platform supplies the credential: a secret or provider here would never be used.
    const unused = provider
      ? 'accessTokenProvider'
      : appSecret
        ? 'appSecret'
        : undefined;
    if (unused)
      throw new InvalidWechatLogisticsOptionsError(
        prefix + unused,
        'is not used with cloudHosting (the open API service supplies the credential): remove it',
      );
    return { kind: 'cloud-hosting' };
  }
  if (provider) return { kind: 'provider', provider };
  if (appSecret) {
    if (!appId)
      throw new InvalidWechatLogisticsOptionsError(
        `${prefix}appId`,
        'is required unless accessTokenProvider is given',
      );
    return { kind: 'secret', appSecret };
  }
  if (moduleProvider) return { kind: 'provider', provider: moduleProvider };
  throw new InvalidWechatLogisticsOptionsError(
    `${prefix}appSecret`,
    'is required unless accessTokenProvider is given',
  );
}

function localDeliveryOf(
  source: Partial<WechatAppOptions>,
  { prefix, isDefault, moduleLocalDelivery = [] }: AppResolutionContext,
): { localDelivery?: ResolvedLocalDelivery } {
  const levels = isDefault
    ? moduleLocalDelivery
    : resolveLocalDelivery(source, prefix, moduleLocalDelivery);
  return levels.length === 0 ? {} : { localDelivery: levels };
}
