import { type PushMode } from '../push/decoded-push';
import { type PathUpdateEvent } from '../push/path-update-event';
import { type PushFormat } from '../push/push-body';

/** What a handler is told besides the event itself. */
export interface PathUpdateContext {
  /** The mini program the push was for (`receive({ appId })`, else the default app's AppID). */
  readonly appId: string | undefined;
  /**
   * True when a newer version of this waybill's track was already processed:
   * WeChat delivered this one late. It is history, not the waybill's latest state.
   */
  readonly stale: boolean;
  /** The newest version processed for this waybill before this event, if any. */
  readonly previousVersion: number | undefined;
  readonly mode: PushMode;
  readonly format: PushFormat;
}

/** The signature of an `@OnPathUpdate()` method. */
export type PathUpdateHandler = (
  event: PathUpdateEvent,
  context: PathUpdateContext,
) => unknown;
