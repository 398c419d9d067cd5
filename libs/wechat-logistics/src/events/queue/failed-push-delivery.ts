import { type PathUpdateEvent } from '../../push/path-update-event';

/** A path update whose handlers failed on every attempt: kept until the app replays it. */
export interface FailedPushDelivery {
  /** The queue's job id (stable per app, delivery, waybill and version): pass it to `replayFailedDeliveries`. */
  readonly id: string;
  readonly appId: string | undefined;
  readonly event: PathUpdateEvent;
  /** Runs of the handlers so far. */
  readonly attempts: number;
  /** The last failure: which handlers failed and why. */
  readonly reason: string;
  readonly failedAt: Date | undefined;
}
