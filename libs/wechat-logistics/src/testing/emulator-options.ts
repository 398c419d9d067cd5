import {
  type EmulatorPushOptions,
  resolveEmulatorPushOptions,
  type ResolvedEmulatorPushOptions,
} from './emulator-push-options';

/** Options of `WechatEmulator.start()`. */
export interface WechatEmulatorOptions {
  /** AppID the token endpoints accept. @default 'wx0000000000emulator' */
  appId?: string;
  /** AppSecret the token endpoints accept. @default 'emulator-secret' */
  appSecret?: string;
  /** Interface to listen on; loopback keeps the emulator private to the machine. @default '127.0.0.1' */
  host?: string;
  /** TCP port; 0 picks a free one, so parallel test files never collide. @default 0 */
  port?: number;
  /** `expires_in` of newly issued tokens, in seconds. @default 7200 */
  tokenExpiresInSeconds?: number;
  /**
   * Push `add_express_path` events to a developer server, as the message-push
   * console page configures. Can also be set later with `configurePush()`.
   * @default undefined (no pushes)
   */
  push?: EmulatorPushOptions;
}

export type ResolvedEmulatorOptions = Required<
  Omit<WechatEmulatorOptions, 'push'>
> & { push?: ResolvedEmulatorPushOptions };

export const DEFAULT_EMULATOR_OPTIONS: ResolvedEmulatorOptions = {
  appId: 'wx0000000000emulator',
  appSecret: 'emulator-secret',
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
  const { push, ...rest } = defined;
  const resolved = { ...DEFAULT_EMULATOR_OPTIONS, ...rest };
  const { port, tokenExpiresInSeconds } = resolved;
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
  return push === undefined
    ? resolved
    : { ...resolved, push: resolveEmulatorPushOptions(push, resolved.appId) };
}
