import { type PushBodyFields } from './push-body-text';

/**
 * What every event WeChat pushes carries (§11; shipping-info.md §6.1), in
 * WeChat's spelling, beside the event's own fields. Each family's events
 * (`add_express_path`, `trade_manage_*`…) are type aliases of this shape, so
 * one push transport and one push log serve them all.
 */
export type EmulatedPushMessage = PushBodyFields & {
  /** The mini program's original id (`gh_…`). */
  readonly ToUserName: string;
  /** The sender's openid: the buyer, or a system account for platform notices. */
  readonly FromUserName: string;
  /** Unix seconds on the emulator clock, fixed when the event happened (retries re-send it). */
  readonly CreateTime: number;
  readonly MsgType: 'event';
  readonly Event: string;
};
