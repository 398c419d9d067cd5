/**
 * Runs at most one instance of a task at a time: callers that arrive while it
 * runs share its promise. Used so that a hundred concurrent calls on a cold or
 * rejected token cause one token request, not a hundred.
 */
export class SingleFlight<T> {
  private inflight: Promise<T> | undefined;

  run(task: () => Promise<T>): Promise<T> {
    if (!this.inflight) {
      this.inflight = task().finally(() => {
        this.inflight = undefined;
      });
    }
    return this.inflight;
  }
}
