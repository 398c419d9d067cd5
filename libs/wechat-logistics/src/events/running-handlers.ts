import { withDeadline } from '../core/timing/deadline';

/** A handler still running when its time was up (it may yet finish). */
export class HandlerOverrun extends Error {}

/** One registered handler, whatever the event it takes. */
export interface EventHandler<Event, Context> {
  handle(event: Event, context: Context): unknown;
}

export interface RunningHandlers {
  /** Every handler's outcome, however long they take. */
  readonly all: Promise<(Error | undefined)[]>;
  /** The outcomes by `deadline`; a handler still running then gives a HandlerOverrun. */
  within(deadline: number): Promise<(Error | undefined)[]>;
}

/** Starts every handler at once; each outcome is `undefined` (done) or its error. */
export function startHandlers<Event, Context>(
  handlers: readonly EventHandler<Event, Context>[],
  event: Event,
  context: Context,
): RunningHandlers {
  const runs = handlers.map((handler) =>
    Promise.resolve()
      .then(() => handler.handle(event, context))
      .then(
        () => undefined,
        (error: unknown) =>
          error instanceof Error ? error : new Error(String(error)),
      ),
  );
  return {
    all: Promise.all(runs),
    within: (deadline) => {
      const ms = Math.max(0, deadline - Date.now());
      return Promise.all(
        runs.map((run) =>
          withDeadline(
            run,
            deadline,
            () => new HandlerOverrun(`no answer within ${ms} ms`),
          ).catch((error: unknown) => error as Error),
        ),
      );
    },
  };
}
