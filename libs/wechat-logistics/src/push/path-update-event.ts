import { isRecord, PushFields } from './push-fields';

const WHAT = 'path update event';

/** One track node of a path update (§2.7); `actionType` values beyond §2.8 are passed through. */
export interface PathUpdateAction {
  /** Unix seconds. */
  actionTime: number;
  /** §2.8 enum (100001 picked up … 300003 delivered); unknown values are kept, not refused. */
  actionType: number;
  actionMsg: string;
}

/** WeChat's `add_express_path` push (logistics.onPathUpdate, §7), in camelCase. */
export interface PathUpdateEvent {
  /** The mini program's original id (`gh_…`). */
  toUserName: string;
  fromUserName: string;
  /** Unix seconds. */
  createTime: number;
  msgType: 'event';
  event: 'add_express_path';
  deliveryId: string;
  waybillId: string;
  orderId: string;
  /** Grows with every update of the track: dedupe on `waybillId` + `version`. */
  version: number;
  /** Number of nodes in `actions`, as WeChat states it. */
  count: number;
  /** The full track so far, not just the new node. */
  actions: PathUpdateAction[];
}

/** A push that is not a path update: acknowledge it and move on (WeChat retries anything else). */
export interface IgnoredPushEvent {
  kind: 'ignored';
  msgType: string;
  /** The `Event` field, absent for non-event messages. */
  event: string | undefined;
}

export type PushEventMapping =
  { kind: 'path-update'; event: PathUpdateEvent } | IgnoredPushEvent;

export const PATH_UPDATE_EVENT = 'add_express_path';

/**
 * Maps a parsed push body (XML: every value a string; JSON: numbers as
 * numbers) to a typed event. Keys are matched case-insensitively because
 * WeChat spells them inconsistently (`DeliveryID`, `WayBillId`, `OrderId`),
 * and a capital letter is no reason to lose a parcel's update.
 */
export function toPathUpdateEvent(
  fields: Record<string, unknown>,
): PushEventMapping {
  const read = new PushFields(fields, WHAT);
  const msgType = read.string('MsgType');
  if (msgType !== 'event')
    return { kind: 'ignored', msgType, event: undefined };
  const event = read.string('Event');
  if (event !== PATH_UPDATE_EVENT) return { kind: 'ignored', msgType, event };
  return {
    kind: 'path-update',
    event: {
      toUserName: read.string('ToUserName'),
      fromUserName: read.string('FromUserName'),
      createTime: read.integer('CreateTime'),
      msgType: 'event',
      event: PATH_UPDATE_EVENT,
      deliveryId: read.string('DeliveryID'),
      waybillId: read.string('WayBillId'),
      orderId: read.string('OrderId'),
      version: read.integer('Version'),
      count: read.integer('Count'),
      actions: toList(read.optional('Actions')).map(toAction),
    },
  };
}

function toAction(node: unknown, index: number): PathUpdateAction {
  if (!isRecord(node))
    throw new PushFields({}, WHAT).malformed(
      `Actions[${index}] is not an object`,
    );
  const read = new PushFields(node, WHAT, `Actions[${index}].`);
  return {
    actionTime: read.integer('ActionTime'),
    actionType: read.integer('ActionType'),
    actionMsg: read.string('ActionMsg', true),
  };
}

/** XML yields an array only when it has one; JSON should always; no nodes at all is an empty track. */
function toList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
