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
 * Nest's own bootstrap chatter (a line per module, controller and route: 37
 * lines for the demo) is for debugging the wiring, not for every start.
 */
const BOOT_CONTEXTS: ReadonlySet<string> = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

/** Nest's console logger, with the bootstrap lines moved down to debug. */
class DemoConsoleLogger extends ConsoleLogger {
  override log(message: unknown, ...rest: unknown[]): void {
    const context = rest.length > 0 ? rest[rest.length - 1] : this.context;
    if (typeof context === 'string' && BOOT_CONTEXTS.has(context))
      super.debug(message, ...rest);
    else super.log(message, ...rest);
  }
}

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
  return new DemoConsoleLogger({
    logLevels: LEVELS.slice(0, LEVELS.indexOf(env.LOG_LEVEL) + 1),
    json,
    colors: !json && process.stdout.isTTY === true,
  });
}
