import { createHash } from 'node:crypto';
import { type PushFormat, type PushMode } from '../../push';

/** The console's encryption mode (§11): 明文 plain, 兼容 compatible, 安全 safe. */
export type EmulatorPushMode = PushMode;
/** The console's data format (§11). */
export type EmulatorPushFormat = PushFormat;

/**
 * Where and how the emulator pushes `add_express_path` events, as set in the
 * mini program console's message-push page (§11), plus the delivery policy.
 */
export interface EmulatorPushOptions {
  /** The push URL (http or https). Any query it carries is kept; WeChat's parameters are added. */
  url: string;
  /** The Token of the push settings; signs every request. */
  token: string;
  /** The 43-character EncodingAESKey; required for `safe` and `compatible` mode. */
  encodingAesKey?: string;
  /** @default 'safe' when `encodingAesKey` is set, else 'plain' */
  mode?: EmulatorPushMode;
  /** @default 'xml' (the console's default) */
  format?: EmulatorPushFormat;
  /** The mini program's original id. @default 'gh_' + 12 hex digits derived from the AppID */
  toUserName?: string;
  /** How long WeChat waits for `success`, per attempt, in ms. @default 5000 */
  replyTimeoutMs?: number;
  /** Re-sends after a failed attempt (so at most 1 + retries requests). @default 3 */
  retries?: number;
  /**
   * Pause between attempts, in ms. WeChat's real pause is undocumented; a short
   * one keeps retry tests fast. @default 200
   */
  retryDelayMs?: number;
}

export interface ResolvedEmulatorPushOptions {
  readonly url: string;
  readonly token: string;
  readonly encodingAesKey: string | undefined;
  readonly mode: EmulatorPushMode;
  readonly format: EmulatorPushFormat;
  readonly toUserName: string;
  readonly replyTimeoutMs: number;
  readonly retries: number;
  readonly retryDelayMs: number;
}

export const DEFAULT_PUSH_REPLY_TIMEOUT_MS = 5000;
export const DEFAULT_PUSH_RETRIES = 3;
export const DEFAULT_PUSH_RETRY_DELAY_MS = 200;

const ENCODING_AES_KEY = /^[A-Za-z0-9]{43}$/;
const MODES: readonly string[] = ['plain', 'compatible', 'safe'];
const FORMATS: readonly string[] = ['xml', 'json'];

/** A stable stand-in for the mini program's original id: same AppID, same `gh_` id. */
export function defaultToUserName(appId: string): string {
  return `gh_${createHash('sha256').update(appId, 'utf8').digest('hex').slice(0, 12)}`;
}

/**
 * Fills defaults and rejects bad values up front (at `start()` or
 * `configurePush()`), naming the field, so a typo never surfaces as a
 * silently failing background push.
 */
export function resolveEmulatorPushOptions(
  options: EmulatorPushOptions,
  appId: string,
): ResolvedEmulatorPushOptions {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('EmulatorPushOptions must be an object');
  }
  const { url, token, encodingAesKey } = options;
  checkUrl(url);
  if (typeof token !== 'string' || token === '') {
    throw new TypeError(
      'EmulatorPushOptions.token is required (the Token of the push settings)',
    );
  }
  if (
    encodingAesKey !== undefined &&
    (typeof encodingAesKey !== 'string' ||
      !ENCODING_AES_KEY.test(encodingAesKey))
  ) {
    throw new TypeError(
      'EmulatorPushOptions.encodingAesKey must be exactly 43 letters or digits',
    );
  }
  const mode = options.mode ?? (encodingAesKey ? 'safe' : 'plain');
  if (!MODES.includes(mode)) {
    throw new TypeError(
      `EmulatorPushOptions.mode must be one of ${MODES.join(', ')}, got ${String(mode)}`,
    );
  }
  if (mode !== 'plain' && encodingAesKey === undefined) {
    throw new TypeError(
      `EmulatorPushOptions.encodingAesKey is required in ${mode} mode`,
    );
  }
  const format = options.format ?? 'xml';
  if (!FORMATS.includes(format)) {
    throw new TypeError(
      `EmulatorPushOptions.format must be xml or json, got ${String(format)}`,
    );
  }
  const toUserName = options.toUserName ?? defaultToUserName(appId);
  if (typeof toUserName !== 'string' || toUserName === '') {
    throw new TypeError(
      'EmulatorPushOptions.toUserName must be a non-empty string',
    );
  }
  return {
    url,
    token,
    encodingAesKey,
    mode,
    format,
    toUserName,
    replyTimeoutMs: number(
      'replyTimeoutMs',
      options.replyTimeoutMs ?? DEFAULT_PUSH_REPLY_TIMEOUT_MS,
      { min: 1 },
    ),
    retries: number('retries', options.retries ?? DEFAULT_PUSH_RETRIES, {
      min: 0,
      integer: true,
    }),
    retryDelayMs: number(
      'retryDelayMs',
      options.retryDelayMs ?? DEFAULT_PUSH_RETRY_DELAY_MS,
      { min: 0 },
    ),
  };
}

function checkUrl(url: unknown): asserts url is string {
  let parsed: URL | undefined;
  try {
    parsed = typeof url === 'string' ? new URL(url) : undefined;
  } catch {
    parsed = undefined;
  }
  if (parsed?.protocol !== 'http:' && parsed?.protocol !== 'https:') {
    throw new TypeError(
      `EmulatorPushOptions.url must be an absolute http(s) URL, got ${JSON.stringify(url)}`,
    );
  }
}

function number(
  field: string,
  value: unknown,
  rule: { min: number; integer?: boolean },
): number {
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < rule.min ||
    (rule.integer === true && !Number.isInteger(value))
  ) {
    const kind = rule.integer === true ? 'an integer' : 'a number';
    throw new RangeError(
      `EmulatorPushOptions.${field} must be ${kind} >= ${rule.min}, got ${String(value)}`,
    );
  }
  return value;
}
