import { type PathUpdateEvent } from 'nestjs-wechat-logistics';

/** A path-update push as the demo received it. */
export interface ReceivedPathUpdate extends PathUpdateEvent {
  /** The mini program the push was for. */
  appId: string | undefined;
  /** True when it arrived after a newer version of the same waybill's track. */
  stale: boolean;
  receivedAt: string;
}
