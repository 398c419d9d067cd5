/**
 * The emulator's notion of "now". It follows the wall clock plus an offset, so
 * real time still passes (socket timeouts, push retries) while tests can jump
 * ahead by hours to expire tokens without waiting.
 */
export class EmulatorClock {
  private offsetMs = 0;

  /** Current emulator time in milliseconds since the Unix epoch. */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** Current emulator time in whole Unix seconds (WeChat's `action_time` unit). */
  nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  /** Moves emulator time forward; time never goes backwards, as on a real server. */
  advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new RangeError(
        `EmulatorClock.advance expects a finite number of seconds >= 0, got ${seconds}`,
      );
    }
    this.offsetMs += seconds * 1000;
  }
}
