import {
  type AcceptedWechatEvent,
  type AnyTypedEvent,
  definitionOf,
} from './accepted-wechat-event';
import { type ClaimedEvent } from './push-event-claims';
import { type EventSequencePosition } from './push-event-ledger';
import { type EventDescription } from './typed-wechat-event';

/** One accepted event with everything its handling needs to say about it. */
export interface EventAtHand {
  readonly definition: AnyTypedEvent;
  readonly claim: ClaimedEvent;
  readonly about: EventDescription;
  readonly sequence: EventSequencePosition | undefined;
}

/** Its family's definition, description, dedupe key (the claim's and the ledger's) and place in its stream. */
export function eventAtHand(accepted: AcceptedWechatEvent): EventAtHand {
  const definition = definitionOf(accepted);
  const about = definition.describe(accepted.event);
  return {
    definition,
    about,
    claim: {
      key: definition.dedupeKey(accepted.event).map(String).join(':'),
      subject: about.subject,
    },
    sequence: definition.sequence?.(accepted.event),
  };
}
