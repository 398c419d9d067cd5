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

  /**
   * Sets emulator time to `epochSeconds` (it then runs on from there). The
   * one way back in time, for replaying recorded exchanges whose signed
   * timestamps are in the past, like WeChat's API-security example of 2021;
   * call it before the exchange fetches its token.
   */
  travelTo(epochSeconds: number): void {
    if (!Number.isFinite(epochSeconds) || epochSeconds < 0) {
      throw new RangeError(
        `EmulatorClock.travelTo expects Unix seconds >= 0, got ${epochSeconds}`,
      );
    }
    this.offsetMs = epochSeconds * 1000 - Date.now();
  }
}
