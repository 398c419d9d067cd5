import { FamilyClient, noResult } from '../core/caller/family-client';
import {
  FollowWaybillDto,
  QueryFollowTraceDto,
  QueryTraceDto,
  TraceWaybillDto,
  UpdateFollowWaybillGoodsDto,
  UpdateWaybillGoodsDto,
} from './dto';
import {
  toFollowWaybillResult,
  toGetDeliveryListResult,
  toTraceWaybillResult,
  toWaybillTraceResult,
} from './mappers/waybill-tracking.mappers';
import {
  type ApplyMsgPluginResult,
  type ApplyQueryPluginResult,
  type FollowWaybillResult,
  type GetDeliveryListResult,
  type QueryFollowTraceResult,
  type QueryTraceResult,
  type TraceWaybillResult,
  type UpdateFollowWaybillGoodsResult,
  type UpdateWaybillGoodsResult,
} from './results';
import { WAYBILL_TRACKING_ENDPOINTS } from './waybill-tracking.endpoints';

/**
 * Said with every goods update whose outcome is unknown (a timeout, a reset,
 * a gateway page, a busy answer): it was sent once and not repeated, because
 * each update counts toward WeChat's cap (9300560).
 */
export const GOODS_UPDATE_OUTCOME_UNKNOWN_ADVICE =
  "The goods update was sent once and not repeated, because every update counts toward WeChat's cap on goods changes (9300560): it may have landed. Read the goods back (queryTrace / queryFollowTrace, shopInfo) before updating again.";

const E = WAYBILL_TRACKING_ENDPOINTS;

/**
 * 物流服务 (waybill-tracking-and-returns.md, family A) for one mini program:
 * the query component (查询组件: traceWaybill, queryTrace,
 * updateWaybillGoods — the buyer opens WeChat's tracking page with the
 * token), the message component (物流消息: followWaybill, queryFollowTrace,
 * updateFollowWaybillGoods — WeChat notifies the buyer at pick-up, out for
 * delivery and signing), the carrier list both share, and the two calls only
 * a third-party platform may make. Inputs and results are camelCase; the
 * wire is WeChat's snake_case. Every input is validated here, so bad input
 * rejects with a `WechatValidationError` before anything is sent.
 *
 * Waybill ids and tokens are distinct types ({@link WaybillId},
 * {@link TraceWaybillToken}, {@link FollowWaybillToken}): the compiler
 * refuses a token where a waybill id belongs, and one component's token
 * where the other's belongs. Tokens stored as plain strings are re-branded
 * with `asTraceWaybillToken` / `asFollowWaybillToken`.
 *
 * The components need real waybills of real carriers: WeChat has no sandbox
 * here and refuses the logistics assistant's TEST waybills (931023). The
 * message component may be withdrawn (one SDK marks it offline since
 * 2023-05-31, while the official pages still list it, §1.2).
 */
export class WechatWaybillTrackingClient extends FamilyClient {
  /**
   * Registers a waybill with the query component (§4.1) and returns its
   * token: store it with the order; the mini program opens WeChat's tracking
   * page with `plugin.openWaybillTracking({ waybillToken })`.
   * Registering the same waybill again returns a new token but keeps the
   * first goods: change goods with {@link updateWaybillGoods}. A waybill the
   * carrier has not scanned yet is answered 931023 (not found); try later.
   */
  traceWaybill(input: TraceWaybillDto): Promise<TraceWaybillResult> {
    return this.send(
      E.traceWaybill,
      TraceWaybillDto,
      input,
      toTraceWaybillResult,
    );
  }

  /** The query-component waybill's status, id, goods and carrier (§4.2); takes traceWaybill's token. */
  queryTrace(input: QueryTraceDto): Promise<QueryTraceResult> {
    return this.send(E.queryTrace, QueryTraceDto, input, toWaybillTraceResult);
  }

  /**
   * Replaces the goods shown for a query-component waybill (§4.3). Updates
   * are capped (9300560; the cap is not published), so this call is sent once
   * and never repeated by the library; when its outcome is unknown the error
   * says so ({@link GOODS_UPDATE_OUTCOME_UNKNOWN_ADVICE}).
   */
  updateWaybillGoods(
    input: UpdateWaybillGoodsDto,
  ): Promise<UpdateWaybillGoodsResult> {
    return this.sendOnce(
      E.updateWaybillGoods,
      UpdateWaybillGoodsDto,
      input,
      GOODS_UPDATE_OUTCOME_UNKNOWN_ADVICE,
      noResult,
    );
  }

  /**
   * Every carrier code of this family (§4.4), shared by both components and
   * by upload_shipping_info's `express_company`. Not the logistics
   * assistant's codes (韵达 is `YD` here, `YUNDA` there). Over 1,500 entries:
   * cache it.
   */
  getDeliveryList(): Promise<GetDeliveryListResult> {
    return this.read(E.getDeliveryList, toGetDeliveryListResult);
  }

  /**
   * Registers a waybill with the message component (§4.5): WeChat then sends
   * the buyer service notifications at 已揽件 / 派件中 / 已签收, for changes
   * after registration only. Returns the message component's token, which
   * is not traceWaybill's. Same field rules and errors as traceWaybill.
   * May be withdrawn by WeChat (§1.2).
   */
  followWaybill(input: FollowWaybillDto): Promise<FollowWaybillResult> {
    return this.send(
      E.followWaybill,
      FollowWaybillDto,
      input,
      toFollowWaybillResult,
    );
  }

  /**
   * The message-component waybill's status, id, goods and carrier (§4.6).
   * Takes followWaybill's token: the official description says "after
   * trace_waybill", two SDKs say follow_waybill, and WeChat staff say the
   * tokens are not the same (§8.12) — so each component is queried with its
   * own token, and the type refuses the other's.
   */
  queryFollowTrace(
    input: QueryFollowTraceDto,
  ): Promise<QueryFollowTraceResult> {
    return this.send(
      E.queryFollowTrace,
      QueryFollowTraceDto,
      input,
      toWaybillTraceResult,
    );
  }

  /** As {@link updateWaybillGoods}, for a message-component waybill (§4.7): same cap, sent once. */
  updateFollowWaybillGoods(
    input: UpdateFollowWaybillGoodsDto,
  ): Promise<UpdateFollowWaybillGoodsResult> {
    return this.sendOnce(
      E.updateFollowWaybillGoods,
      UpdateFollowWaybillGoodsDto,
      input,
      GOODS_UPDATE_OUTCOME_UNKNOWN_ADVICE,
      noResult,
    );
  }

  /**
   * **Third-party platforms only** (§4.8): applies for 物流消息 on the
   * merchant's behalf. The request must carry the platform's
   * authorizer_access_token for that mini program: configure the module's
   * `accessTokenProvider` to return it. With the mini program's own token
   * WeChat answers 933004; the merchant applies in the MP admin instead.
   * The merchant's admin must then accept within 24 h. 933003 = already on.
   */
  applyMsgPlugin(): Promise<ApplyMsgPluginResult> {
    return this.read(E.applyMsgPlugin, noResult);
  }

  /**
   * **Third-party platforms only** (§4.9): applies for 查询组件 on the
   * merchant's behalf, with the authorizer_access_token from
   * `accessTokenProvider` (else 933004). 500 calls a day; the merchant's
   * admin must accept within 24 h. 933003 = already on.
   */
  applyQueryPlugin(): Promise<ApplyQueryPluginResult> {
    return this.read(E.applyQueryPlugin, noResult);
  }
}
