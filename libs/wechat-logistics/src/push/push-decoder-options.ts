import { InvalidWechatLogisticsOptionsError } from '../core/options/invalid-options.error';

export interface PushMessageDecoderOptions {
  /** The Token set beside the push URL in the mini program console. Never logged. */
  token: string;
  /** The console's EncodingAESKey (43 letters or digits); needed for safe and compatible mode. Never logged. */
  encodingAesKey?: string;
  /** The mini program AppID; required with `encodingAesKey`, since decrypted pushes must be sealed for it. */
  appId?: string;
  /**
   * How far a push's signed `timestamp` may be from now, either way, in seconds.
   * Bounds how long a captured request can be replayed.
   * @default 300
   */
  timestampToleranceSeconds?: number;
  /**
   * Largest body accepted, in bytes. A path update with a long track is a few KiB.
   * @default 65536
   */
  maxBodyBytes?: number;
  /**
   * Refuse plain-mode pushes. In plain mode only `signature` authenticates the
   * request and it does not cover the body, so anyone who saw one signed query
   * string could attach any body to it until the timestamp goes stale. With a
   * key configured WeChat encrypts every push, so a plain one is a downgrade.
   * @default true when `encodingAesKey` is set, else false
   */
  requireEncryption?: boolean;
  /**
   * The clock, in milliseconds since the Unix epoch; injectable for tests.
   * @default Date.now
   */
  now?: () => number;
}

/**
 * Options already checked, by {@link resolvePushDecoderOptions} or, inside the
 * module, by options/ at bootstrap: the decoder takes them as they are, so a
 * setting is checked once, in one place, and named as the user wrote it.
 */
export class ResolvedPushMessageDecoderOptions {
  declare readonly token: string;
  declare readonly encodingAesKey: string | undefined;
  declare readonly appId: string | undefined;
  declare readonly timestampToleranceSeconds: number;
  declare readonly maxBodyBytes: number;
  declare readonly requireEncryption: boolean;
  declare readonly now: () => number;

  constructor(checked: Omit<ResolvedPushMessageDecoderOptions, never>) {
    Object.assign(this, checked);
  }
}

/**
 * Checks the options of a decoder made on its own (the emulator's receiver, a
 * test), once, at construction, so a typo fails on start and not on the first
 * parcel. The module's decoders are built from its resolved options instead.
 */
export function resolvePushDecoderOptions(
  options: PushMessageDecoderOptions,
): ResolvedPushMessageDecoderOptions {
  if (options === null || typeof options !== 'object') {
    throw new InvalidWechatLogisticsOptionsError('push', 'must be an object');
  }
  const { token, encodingAesKey, appId, now = Date.now } = options;
  if (typeof token !== 'string' || token === '') {
    throw new InvalidWechatLogisticsOptionsError(
      'token',
      'is required (the Token of the message push settings)',
    );
  }
  if (encodingAesKey !== undefined && typeof encodingAesKey !== 'string') {
    throw new InvalidWechatLogisticsOptionsError(
      'encodingAesKey',
      'must be a string',
    );
  }
  if (appId !== undefined && typeof appId !== 'string') {
    throw new InvalidWechatLogisticsOptionsError('appId', 'must be a string');
  }
  const requireEncryption = options.requireEncryption ?? !!encodingAesKey;
  if (requireEncryption && !encodingAesKey) {
    throw new InvalidWechatLogisticsOptionsError(
      'encodingAesKey',
      'is required when requireEncryption is true',
    );
  }
  if (typeof now !== 'function') {
    throw new InvalidWechatLogisticsOptionsError('now', 'must be a function');
  }
  const tolerance = options.timestampToleranceSeconds ?? 300;
  if (
    typeof tolerance !== 'number' ||
    !Number.isFinite(tolerance) ||
    tolerance < 0
  ) {
    throw new InvalidWechatLogisticsOptionsError(
      'timestampToleranceSeconds',
      'must be a number >= 0',
    );
  }
  const maxBodyBytes = options.maxBodyBytes ?? 65_536;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes <= 0) {
    throw new InvalidWechatLogisticsOptionsError(
      'maxBodyBytes',
      'must be a whole number > 0',
    );
  }
  return new ResolvedPushMessageDecoderOptions({
    token,
    encodingAesKey: encodingAesKey || undefined,
    appId: appId || undefined,
    timestampToleranceSeconds: tolerance,
    maxBodyBytes,
    requireEncryption,
    now,
  });
}
