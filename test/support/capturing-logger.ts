import { type LoggerService } from '@nestjs/common';

export interface LogEntry {
  readonly level: string;
  readonly message: string;
  readonly context: string | undefined;
}

/** Keeps every line every logger level receives, so tests can search all of it for secrets. */
export class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  /** The same calls, structured: level, the message, and the context Nest appends last. */
  readonly entries: LogEntry[] = [];

  log(...parts: unknown[]): void {
    this.keep('log', parts);
  }
  error(...parts: unknown[]): void {
    this.keep('error', parts);
  }
  warn(...parts: unknown[]): void {
    this.keep('warn', parts);
  }
  debug(...parts: unknown[]): void {
    this.keep('debug', parts);
  }
  verbose(...parts: unknown[]): void {
    this.keep('verbose', parts);
  }
  fatal(...parts: unknown[]): void {
    this.keep('fatal', parts);
  }

  text(): string {
    return this.lines.join('\n');
  }

  /** Messages logged at `level` (by `context`, when given). */
  messages(level: string, context?: string): string[] {
    return this.entries
      .filter((e) => e.level === level && (!context || e.context === context))
      .map((e) => e.message);
  }

  private keep(level: string, parts: unknown[]): void {
    const [message, ...rest] = parts;
    const last = rest[rest.length - 1];
    this.entries.push({
      level,
      message: typeof message === 'string' ? message : String(message),
      context: typeof last === 'string' ? last : undefined,
    });
    this.lines.push(
      `${level} ${parts.map((part) => (part instanceof Error ? `${part.message} ${part.stack}` : typeof part === 'string' ? part : JSON.stringify(part))).join(' ')}`,
    );
  }
}
