import {
  type FollowWaybillToken,
  type TraceWaybillToken,
} from '../waybill-token';
import { OpenidField, WaybillTokenField } from './tracking-identifiers';
import { GoodsInfoField, type WaybillGoodsInfoDto } from './waybill-goods.dto';

/** Input of `tracking.queryTrace` (`POST …/open_msg/query_trace`, §4.2). */
export class QueryTraceDto {
  @WaybillTokenField('trace')
  waybillToken!: TraceWaybillToken;

  @OpenidField('optional')
  openid?: string;
}

/**
 * Input of `tracking.queryFollowTrace` (`POST …/open_msg/query_follow_trace`,
 * §4.6). Takes the token followWaybill returned: the official description
 * says "after trace_waybill", SP's and WXJ's comments say follow_waybill, and
 * a staff reply says the two tokens "are not the same one" (§8.12). Each
 * component is queried with its own token, so a trace token is refused by
 * the type.
 */
export class QueryFollowTraceDto {
  @WaybillTokenField('follow')
  waybillToken!: FollowWaybillToken;

  @OpenidField('optional')
  openid?: string;
}

/**
 * Input of `tracking.updateWaybillGoods` (`POST …/open_msg/update_waybill_goods`,
 * §4.3). `openid` is not in the current table but is in the official example
 * (send it when known).
 */
export class UpdateWaybillGoodsDto {
  @WaybillTokenField('trace')
  waybillToken!: TraceWaybillToken;

  @GoodsInfoField()
  goodsInfo!: WaybillGoodsInfoDto;

  @OpenidField('optional')
  openid?: string;
}

/** Input of `tracking.updateFollowWaybillGoods` (`POST …/open_msg/update_follow_waybill_goods`, §4.7). */
export class UpdateFollowWaybillGoodsDto {
  @WaybillTokenField('follow')
  waybillToken!: FollowWaybillToken;

  @GoodsInfoField()
  goodsInfo!: WaybillGoodsInfoDto;

  @OpenidField('optional')
  openid?: string;
}
