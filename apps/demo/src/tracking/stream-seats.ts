import { ServiceUnavailableException } from '@nestjs/common';

/** Live-tracking streams open at once on one instance, unless `TRACKING_MAX_SUBSCRIBERS` says otherwise. */
export const DEFAULT_MAX_SUBSCRIBERS = 100;

/** The words the tracking page shows when the stream is refused for this. */
export const STREAMS_FULL_PAGE_TEXT = 'live updates are full; reload later';

/**
 * A cap on open live-tracking streams. Every open stream is a subscriber the
 * feed writes each update to: 300 idle ones cut the demo's push throughput
 * from 299/s to 123/s. Past the cap a new stream is refused (503) rather than
 * slowing every push and every page down.
 */
export class StreamSeats {
  private open = 0;

  constructor(readonly max: number) {}

  /** A seat, and the function that gives it back; a 503 when none is free. */
  take(): () => void {
    if (this.open >= this.max)
      throw new ServiceUnavailableException(
        `Live updates are full (${this.max} streams open): reload later`,
      );
    this.open++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.open--;
    };
  }
}
