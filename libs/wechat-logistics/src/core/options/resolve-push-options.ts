import { type WechatAppOptions, type WechatPushOptions } from '../interfaces';
import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';
import { knownOptionKeys, refuseUnknownOptionKeys } from './known-option-keys';
import {
  optionalString,
  positiveInteger,
  positiveNumber,
} from './option-readers';
import { type ResolvedPushOptions } from './resolved-options';

const MODES = ['plain', 'compatible', 'safe'] as const;
const FORMATS = ['xml', 'json', 'any'] as const;

const PUSH_OPTION_KEYS = knownOptionKeys<WechatPushOptions>(
  'WechatPushOptions',
  {
    mode: true,
    format: true,
    timestampToleranceSeconds: true,
    maxBodyBytes: true,
    handlerTimeoutMs: true,
    dedupeTtlSeconds: true,
    answerBudgetMs: true,
  },
);

/**
 * The push settings, checked at bootstrap like every other option. Without a
 * `pushToken` push handling is off (and `push`/`encodingAesKey` must not be set,
 * so a half-configured deployment fails on start rather than answering 404s).
 */
export function resolvePushOptions(
  options: Pick<WechatAppOptions, 'pushToken' | 'encodingAesKey' | 'push'>,
  appId: string | undefined,
  prefix = '',
): ResolvedPushOptions | undefined {
  const token = optionalString(options, 'pushToken', prefix);
  const encodingAesKey = optionalString(options, 'encodingAesKey', prefix);
  const push = options.push ?? {};
  if (typeof push !== 'object' || push === null) {
    throw new InvalidWechatLogisticsOptionsError(
      `${prefix}push`,
      'must be an object',
    );
  }
  refuseUnknownOptionKeys(push, PUSH_OPTION_KEYS, `${prefix}push.`);
  if (!token) {
    if (encodingAesKey || options.push) {
      throw new InvalidWechatLogisticsOptionsError(
        `${prefix}pushToken`,
        'is required when encodingAesKey or push is set',
      );
    }
    return undefined;
  }
  const mode = push.mode ?? (encodingAesKey ? 'safe' : 'plain');
  if (!MODES.includes(mode)) {
    throw new InvalidWechatLogisticsOptionsError(
      `${prefix}push.mode`,
      `must be one of ${MODES.join(', ')}`,
    );
  }
  if (mode !== 'plain' && !encodingAesKey) {
    throw new InvalidWechatLogisticsOptionsError(
      `${prefix}encodingAesKey`,
      `is required for push.mode '${mode}'`,
    );
  }
  if (encodingAesKey && !appId) {
    // Decrypted pushes end with the AppID they were sealed for; without ours there is nothing to check.
    throw new InvalidWechatLogisticsOptionsError(
      `${prefix}appId`,
      'is required with encodingAesKey',
    );
  }
  const format = push.format ?? 'any';
  if (!FORMATS.includes(format)) {
    throw new InvalidWechatLogisticsOptionsError(
      `${prefix}push.format`,
      `must be one of ${FORMATS.join(', ')}`,
    );
  }
  const tolerance = push.timestampToleranceSeconds ?? 300;
  if (
    typeof tolerance !== 'number' ||
    !Number.isFinite(tolerance) ||
    tolerance < 0
  ) {
    throw new InvalidWechatLogisticsOptionsError(
      `${prefix}push.timestampToleranceSeconds`,
      'must be a number >= 0',
    );
  }
  return {
    token,
    encodingAesKey,
    mode,
    format,
    timestampToleranceSeconds: tolerance,
    // Whole bytes, checked here: the decoder would refuse 1.5 later, under another name.
    maxBodyBytes: positiveInteger(
      push,
      'maxBodyBytes',
      65_536,
      `${prefix}push.`,
    ),
    handlerTimeoutMs: positiveNumber(
      push,
      'handlerTimeoutMs',
      4000,
      `${prefix}push.`,
    ),
    answerBudgetMs: positiveNumber(
      push,
      'answerBudgetMs',
      4000,
      `${prefix}push.`,
    ),
    dedupeTtlSeconds: positiveNumber(
      push,
      'dedupeTtlSeconds',
      3 * 24 * 3600,
      `${prefix}push.`,
    ),
  };
}
