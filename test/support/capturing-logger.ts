import { type LoggerService } from '@nestjs/common';

/** Keeps every line every logger level receives, so tests can search all of it for secrets. */
export class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];

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

  private keep(level: string, parts: unknown[]): void {
    this.lines.push(
      `${level} ${parts.map((part) => (part instanceof Error ? `${part.message} ${part.stack}` : typeof part === 'string' ? part : JSON.stringify(part))).join(' ')}`,
    );
  }
}
