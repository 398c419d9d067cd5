import { WechatPushError } from './wechat-push.error';

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
  const msgType = requiredString(fields, 'MsgType');
  if (msgType !== 'event')
    return { kind: 'ignored', msgType, event: undefined };
  const event = requiredString(fields, 'Event');
  if (event !== PATH_UPDATE_EVENT) return { kind: 'ignored', msgType, event };
  return {
    kind: 'path-update',
    event: {
      toUserName: requiredString(fields, 'ToUserName'),
      fromUserName: requiredString(fields, 'FromUserName'),
      createTime: requiredInteger(fields, 'CreateTime'),
      msgType: 'event',
      event: PATH_UPDATE_EVENT,
      deliveryId: requiredString(fields, 'DeliveryID'),
      waybillId: requiredString(fields, 'WayBillId'),
      orderId: requiredString(fields, 'OrderId'),
      version: requiredInteger(fields, 'Version'),
      count: requiredInteger(fields, 'Count'),
      actions: toList(optionalField(fields, 'Actions')).map(toAction),
    },
  };
}

function toAction(node: unknown, index: number): PathUpdateAction {
  if (!isRecord(node)) throw malformed(`Actions[${index}] is not an object`);
  const path = `Actions[${index}].`;
  return {
    actionTime: requiredInteger(node, 'ActionTime', path),
    actionType: requiredInteger(node, 'ActionType', path),
    actionMsg: requiredString(node, 'ActionMsg', path, true),
  };
}

/** XML yields an array only when it has one; JSON should always; no nodes at all is an empty track. */
function toList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function optionalField(fields: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(fields, key)) return fields[key];
  const lower = key.toLowerCase();
  const match = Object.keys(fields).find((k) => k.toLowerCase() === lower);
  return match === undefined ? undefined : fields[match];
}

function requiredString(
  fields: Record<string, unknown>,
  key: string,
  path = '',
  allowEmpty = false,
): string {
  const value = optionalField(fields, key);
  if (value === undefined) throw malformed(`${path}${key} is missing`);
  if (typeof value !== 'string')
    throw malformed(`${path}${key} is not a string`);
  if (!allowEmpty && value === '') throw malformed(`${path}${key} is empty`);
  return value;
}

/** Whole, non-negative, safe integers only: `"12a"`, `1.5`, `"1e3"` or `" 7"` are refused, not guessed. */
function requiredInteger(
  fields: Record<string, unknown>,
  key: string,
  path = '',
): number {
  const value = optionalField(fields, key);
  if (value === undefined) throw malformed(`${path}${key} is missing`);
  const number =
    typeof value === 'string' && /^\d{1,16}$/.test(value)
      ? Number(value)
      : value;
  if (
    typeof number !== 'number' ||
    !Number.isSafeInteger(number) ||
    number < 0
  ) {
    throw malformed(`${path}${key} is not a whole number`);
  }
  return number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function malformed(detail: string): WechatPushError {
  return new WechatPushError('malformed', `path update event: ${detail}`);
}
