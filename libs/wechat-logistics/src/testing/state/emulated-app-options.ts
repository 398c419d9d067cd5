import {
  type EmulatorPushOptions,
  resolveEmulatorPushOptions,
  type ResolvedEmulatorPushOptions,
} from '../push/emulator-push-options';

/** One more mini program the emulator serves (`options.apps` or `addApp()`). */
export interface EmulatedAppOptions {
  /** The AppID its token requests (`appid`) and Cloud Hosting calls (`from_appid`) name. */
  appId: string;
  /** The AppSecret its token requests must carry. */
  appSecret: string;
  /**
   * Its own message push (URL, Token, EncodingAESKey), as each mini program's
   * console page sets it; can also be set later with `app(appId).configurePush()`.
   * @default undefined (no pushes)
   */
  push?: EmulatorPushOptions;
}

export interface ResolvedAppOptions {
  readonly appId: string;
  readonly appSecret: string;
  readonly push?: ResolvedEmulatorPushOptions;
}

/**
 * Checks one app's options up front, naming the field under `prefix` (e.g.
 * `WechatEmulatorOptions.apps[2]`), so a typo never surfaces as a 40013 later.
 */
export function resolveAppOptions(
  options: EmulatedAppOptions,
  prefix: string,
): ResolvedAppOptions {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`${prefix} must be an object with appId and appSecret`);
  }
  const appId = requireText(options.appId, `${prefix}.appId`);
  const appSecret = requireText(options.appSecret, `${prefix}.appSecret`);
  if (options.push === undefined) return { appId, appSecret };
  return { appId, appSecret, push: resolvePush(options.push, appId, prefix) };
}

/** The push checks name `EmulatorPushOptions.<field>`; the prefix says whose. */
function resolvePush(
  push: EmulatorPushOptions,
  appId: string,
  prefix: string,
): ResolvedEmulatorPushOptions {
  try {
    return resolveEmulatorPushOptions(push, appId);
  } catch (error: unknown) {
    if (!(error instanceof Error)) throw error;
    const ErrorClass = error instanceof RangeError ? RangeError : TypeError;
    throw new ErrorClass(`${prefix}.push: ${error.message}`);
  }
}

/** A non-empty string, or a TypeError naming `field`. */
export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new TypeError(
      `${field} must be a non-empty string, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
