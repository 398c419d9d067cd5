import { type PushMessageBuilder } from '../push/app-pusher';
import { type PushDelivery } from '../push/push-log';
import { type PushReplyKind } from '../push/push-reply-reading';
import { type OrderBook } from '../logistics/state/order-book';
import { type EmulatorClock } from './emulator-clock';

/** What a family's per-app state may use of its app and of the emulator. */
export interface FamilyStateContext {
  readonly appId: string;
  readonly clock: EmulatorClock;
  /** The emulator's own base URL (`http://127.0.0.1:port`), for links it hands out (intracity's payurl). */
  readonly emulatorUrl: string;
  /** Aborted by the emulator's `stop()`: a family's own outgoing requests end. */
  readonly lifetime: AbortSignal;
  /** The Token of this app's message-push settings; undefined while push is off. */
  pushToken(): string | undefined;
  /**
   * Pushes an event to this app's message-push URL (the one transport every
   * family shares); undefined while this app's push is off. `replyKind`
   * 'reply-message' for events that require a reply message (see AppPusher.push).
   */
  push(
    orderId: string,
    build: PushMessageBuilder,
    replyKind?: PushReplyKind,
  ): Promise<PushDelivery> | undefined;
  /**
   * This app's logistics-assistant order book (opened on first call): the
   * waybills other families follow, and `pathUpdates` as their carrier moves.
   */
  orderBook(): OrderBook;
}

/** A family's state for one app: opened on first use, emptied by `reset()`. */
export interface FamilyState {
  reset(): void;
}

export type FamilyStateFactory = (context: FamilyStateContext) => FamilyState;
