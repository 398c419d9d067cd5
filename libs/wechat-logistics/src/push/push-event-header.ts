import { type PushFields } from './push-fields';

/** The fields every event message carries (§11, 发货信息管理 §6.1), in camelCase. */
export interface WechatEventHeader {
  /** The mini program's original id (`gh_…`). */
  readonly toUserName: string;
  /** The sender: an openid, a system account for platform events. */
  readonly fromUserName: string;
  /** Unix seconds. */
  readonly createTime: number;
  readonly msgType: 'event';
}

export function readEventHeader(read: PushFields): WechatEventHeader {
  return {
    toUserName: read.string('ToUserName'),
    fromUserName: read.string('FromUserName'),
    createTime: read.integer('CreateTime'),
    msgType: 'event',
  };
}
