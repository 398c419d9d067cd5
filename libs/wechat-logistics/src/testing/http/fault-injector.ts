/**
 * One misbehaviour to inject. Actions, when several are set, win in this order:
 * `reset`, `hang`, `httpStatus`, `malformedJson`, errcode reply. `delayMs`
 * combines with any of them (wait, then act); alone it only slows the reply.
 */
export interface EmulatorFault {
  /** Exact request path, e.g. '/cgi-bin/express/business/order/cancel'. Absent = every path. */
  path?: string;
  /** How many matching requests it affects. @default unlimited */
  times?: number;
  /** Wait this long before acting (or before answering normally). */
  delayMs?: number;
  /** Answer HTTP 200 with this errcode (errmsg from the catalogue plus a rid). */
  errcode?: number;
  /** Exact errmsg to send instead of the catalogue text (no rid is appended). */
  errmsg?: string;
  /** Extra fields merged into the errcode reply, e.g. `{ delivery_resultcode: 10002 }`. */
  body?: Record<string, unknown>;
  /** Answer with this HTTP status and a text/html body, like a gateway error page. */
  httpStatus?: number;
  /** HTML for `httpStatus`. @default a minimal nginx-style error page */
  htmlBody?: string;
  /** Destroy the connection without any reply (the client sees a reset). */
  reset?: boolean;
  /** Answer 200 with a truncated JSON body: `{"errcode":0,"errm`. */
  malformedJson?: boolean;
  /** Never answer; the request stays open until the client gives up or `stop()`. */
  hang?: boolean;
}

interface QueuedFault {
  readonly fault: Readonly<EmulatorFault>;
  remaining: number;
}

/** Queue of injected faults; the first one matching a request's path is used and consumed. */
export class FaultInjector {
  private queue: QueuedFault[] = [];

  inject(fault: EmulatorFault): void {
    assertUsable(fault);
    this.queue.push({
      fault: { ...fault },
      remaining: fault.times ?? Infinity,
    });
  }

  /** Consumes one use of the first fault matching `path`; used by the emulator per request. */
  take(path: string): Readonly<EmulatorFault> | undefined {
    const entry = this.queue.find(
      (q) => q.fault.path === undefined || q.fault.path === path,
    );
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0)
      this.queue = this.queue.filter((q) => q !== entry);
    return entry.fault;
  }

  /** Faults still waiting to fire, in match order. */
  pending(): Readonly<EmulatorFault>[] {
    return this.queue.map((q) => q.fault);
  }

  clear(): void {
    this.queue = [];
  }
}

function assertUsable(fault: EmulatorFault): void {
  const acts =
    fault.reset ||
    fault.hang ||
    fault.malformedJson ||
    fault.httpStatus !== undefined;
  const replies =
    fault.errcode !== undefined ||
    fault.errmsg !== undefined ||
    fault.body !== undefined;
  if (!acts && !replies && fault.delayMs === undefined) {
    throw new TypeError(
      'A fault needs delayMs, errcode, httpStatus, reset, malformedJson or hang',
    );
  }
  if (
    fault.times !== undefined &&
    !(Number.isInteger(fault.times) && fault.times > 0)
  ) {
    throw new RangeError(
      `fault.times must be a positive integer, got ${fault.times}`,
    );
  }
  if (
    fault.httpStatus !== undefined &&
    !(fault.httpStatus >= 100 && fault.httpStatus <= 599)
  ) {
    throw new RangeError(
      `fault.httpStatus must be an HTTP status, got ${fault.httpStatus}`,
    );
  }
  if (fault.htmlBody !== undefined && fault.httpStatus === undefined) {
    throw new TypeError('fault.htmlBody needs fault.httpStatus');
  }
}
