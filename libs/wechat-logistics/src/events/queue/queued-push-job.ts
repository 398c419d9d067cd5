import { type AcceptedWechatEvent } from '../accepted-wechat-event';
import { type WechatTypedEventName } from '../wechat-event-map';
import { type BullJob } from './bullmq-api';

/** One accepted event on the queue. */
export type PushJob = BullJob<AcceptedWechatEvent>;

/** A path update's job name, as before other events were typed; another event's job is named after it. */
const PATH_UPDATE_JOB = 'path-update';

export function jobNameOf(accepted: AcceptedWechatEvent): string {
  const name = nameOf(accepted);
  return name === 'add_express_path' ? PATH_UPDATE_JOB : name;
}

/** The typed event's name (a job queued before other events were typed is a path update). */
export function nameOf(accepted: AcceptedWechatEvent): WechatTypedEventName {
  return accepted.name ?? 'add_express_path';
}
