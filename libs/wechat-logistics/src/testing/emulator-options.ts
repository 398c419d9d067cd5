import {
  type EmulatorPushOptions,
  resolveEmulatorPushOptions,
  type ResolvedEmulatorPushOptions,
} from './push/emulator-push-options';
import {
  type EmulatedAppOptions,
  requireText,
  resolveAppOptions,
  type ResolvedAppOptions,
} from './state/emulated-app-options';

/** Options of `WechatEmulator.start()`. */
export interface WechatEmulatorOptions {
  /** AppID of the default app: the one the top-level members (`tokens`, `orders`…) are. @default 'wx0000000000emulator' */
  appId?: string;
  /** AppSecret of the default app. @default 'emulator-secret' */
  appSecret?: string;
  /**
   * More mini programs served at once, each with its own secret, tokens,
   * orders and push settings (`emulator.app(appId)`); more can be added with
   * `addApp()`. AppIDs must differ from each other and from `appId`.
   * @default []
   */
  apps?: readonly EmulatedAppOptions[];
  /**
   * WeChat Cloud Hosting mode (开放接口服务): a business call without
   * `access_token` is accepted, as the platform supplies the credential, and
   * acts for the `from_appid` app when sent (资源复用), else for the default
   * app. Calls with a token behave as usual; `emulator.openApi` withdraws a
   * path's permission. @default false
   */
  cloudHosting?: boolean;
  /** Interface to listen on; loopback keeps the emulator private to the machine. @default '127.0.0.1' */
  host?: string;
  /** TCP port; 0 picks a free one, so parallel test files never collide. @default 0 */
  port?: number;
  /** `expires_in` of newly issued tokens (every app's), in seconds. @default 7200 */
  tokenExpiresInSeconds?: number;
  /**
   * Push the default app's `add_express_path` events to a developer server, as
   * the message-push console page configures. Can also be set later with
   * `configurePush()`. @default undefined (no pushes)
   */
  push?: EmulatorPushOptions;
}

export type ResolvedEmulatorOptions = Required<
  Omit<WechatEmulatorOptions, 'push' | 'apps'>
> & {
  readonly push?: ResolvedEmulatorPushOptions;
  readonly apps: readonly ResolvedAppOptions[];
};

export const DEFAULT_EMULATOR_OPTIONS: ResolvedEmulatorOptions = {
  appId: 'wx0000000000emulator',
  appSecret: 'emulator-secret',
  apps: [],
  cloudHosting: false,
  host: '127.0.0.1',
  port: 0,
  tokenExpiresInSeconds: 7200,
};

/**
 * Fills defaults (an explicit `undefined` also means "default") and rejects bad
 * values before a socket is opened, naming the field.
 */
export function resolveEmulatorOptions(
  options: WechatEmulatorOptions = {},
): ResolvedEmulatorOptions {
  const defined = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as WechatEmulatorOptions;
  const { push, apps, ...rest } = defined;
  const resolved = { ...DEFAULT_EMULATOR_OPTIONS, ...rest };
  const { port, tokenExpiresInSeconds, cloudHosting } = resolved;
  requireText(resolved.appId, 'WechatEmulatorOptions.appId');
  requireText(resolved.appSecret, 'WechatEmulatorOptions.appSecret');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(
      `WechatEmulatorOptions.port must be an integer 0-65535, got ${port}`,
    );
  }
  if (!Number.isFinite(tokenExpiresInSeconds) || tokenExpiresInSeconds <= 0) {
    throw new RangeError(
      `WechatEmulatorOptions.tokenExpiresInSeconds must be > 0, got ${tokenExpiresInSeconds}`,
    );
  }
  if (typeof cloudHosting !== 'boolean') {
    throw new TypeError(
      `WechatEmulatorOptions.cloudHosting must be a boolean, got ${JSON.stringify(cloudHosting)}`,
    );
  }
  return {
    ...resolved,
    apps: resolveApps(apps, resolved.appId),
    ...(push === undefined
      ? {}
      : { push: resolveEmulatorPushOptions(push, resolved.appId) }),
  };
}

/** Each app checked on its own, then AppIDs checked across apps (the default one included). */
function resolveApps(
  apps: readonly EmulatedAppOptions[] | undefined,
  defaultAppId: string,
): ResolvedAppOptions[] {
  if (apps === undefined) return [];
  if (!Array.isArray(apps)) {
    throw new TypeError(
      'WechatEmulatorOptions.apps must be an array of { appId, appSecret }',
    );
  }
  const taken = new Set([defaultAppId]);
  return apps.map((app: EmulatedAppOptions, index) => {
    const field = `WechatEmulatorOptions.apps[${index}]`;
    const resolved = resolveAppOptions(app, field);
    if (taken.has(resolved.appId)) {
      throw new RangeError(
        `${field}.appId "${resolved.appId}" is a duplicate: every app (the default appId too) needs its own AppID`,
      );
    }
    taken.add(resolved.appId);
    return resolved;
  });
}
