import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { type DemoEnv } from '../config/demo-env';

/** Most severe first: a level prints itself and everything above it. */
const LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'log',
  'debug',
  'verbose',
];

export type DemoLogLevel = Exclude<LogLevel, 'fatal'>;
export const DEMO_LOG_LEVELS: readonly DemoLogLevel[] = [
  'error',
  'warn',
  'log',
  'debug',
  'verbose',
];

/**
 * The demo's logger, from `LOG_LEVEL` (default `log`: log, warn, error;
 * `debug` adds one line per WeChat call) and `LOG_FORMAT` (`text`, or `json`:
 * Nest's own JSON console logger, one object per line, for log shippers).
 * Colours only on a terminal, never in JSON.
 */
export function createDemoLogger(
  env: Pick<DemoEnv, 'LOG_LEVEL' | 'LOG_FORMAT'>,
): ConsoleLogger {
  const json = env.LOG_FORMAT === 'json';
  return new ConsoleLogger({
    logLevels: LEVELS.slice(0, LEVELS.indexOf(env.LOG_LEVEL) + 1),
    json,
    colors: !json && process.stdout.isTTY === true,
  });
}
