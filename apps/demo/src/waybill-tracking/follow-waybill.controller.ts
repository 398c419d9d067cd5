import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  GOODS_UPDATE_OUTCOME_UNKNOWN_ADVICE,
  type QueryFollowTraceResult,
  type FollowWaybillToken,
  FollowWaybillDto,
  FollowWaybillResult,
  type UpdateFollowWaybillGoodsResult,
  WaybillTraceResult,
  WechatWaybillTrackingService,
} from 'nestjs-wechat-logistics';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import { WaybillLinksStore } from '../tracking/waybill-links.store';
import { WaybillGoodsUpdateDto } from './dto/waybill-goods-update.dto';
import { WaybillTokenQueryDto } from './dto/waybill-token-query.dto';
import {
  QUERY_TRACE_ERRCODES,
  REGISTER_WAYBILL_ERRCODES,
  UPDATE_GOODS_ERRCODES,
} from './tracking-route-errcodes';
import { ApiWaybillTokenParam, FollowTokenParam } from './waybill-token.param';

/**
 * 物流服务's message component (物流消息): register a waybill so WeChat
 * notifies the buyer at pick-up, out for delivery and signing; read it back
 * with its own token (not the query component's); change the goods the
 * notification's card shows. The token is linked to its waybill on the
 * tracking page.
 */
@ApiTags('waybill-tracking')
@ApiAppIdParam()
@Controller(forDefaultAndApps('follow', 'waybill-tracking'))
export class FollowWaybillController {
  constructor(
    private readonly tracking: WechatWaybillTrackingService,
    private readonly links: WaybillLinksStore,
  ) {}

  // 201: each registration makes a new token, even for a waybill registered before.
  @Post()
  @ApiWechatCall({
    api: 'tracking.followWaybill',
    created: true,
    summary:
      'Register a waybill for the buyer’s service notifications at pick-up, out for delivery and signing (tracking.followWaybill)',
    result: FollowWaybillResult,
    invalid: ['transId must be a WeChat Pay transaction id: 1 to 32 digits'],
    errcodes: REGISTER_WAYBILL_ERRCODES,
  })
  async follow(
    @AppIdParam() appId: string | undefined,
    @Body() body: FollowWaybillDto,
  ): Promise<FollowWaybillResult> {
    const result = await clientFor(this.tracking, appId).followWaybill(body);
    await this.links.recordToken(
      appId,
      body.waybillId,
      'follow',
      result.waybillToken,
    );
    return result;
  }

  @Get(':waybillToken')
  @ApiWaybillTokenParam('follow')
  @ApiWechatCall({
    api: 'tracking.queryFollowTrace',
    summary:
      "The followed waybill's status, goods and carrier (tracking.queryFollowTrace); takes followWaybill's token",
    result: WaybillTraceResult,
    errcodes: QUERY_TRACE_ERRCODES,
  })
  query(
    @AppIdParam() appId: string | undefined,
    @FollowTokenParam() waybillToken: FollowWaybillToken,
    @Query() query: WaybillTokenQueryDto,
  ): Promise<QueryFollowTraceResult> {
    return clientFor(this.tracking, appId).queryFollowTrace({
      ...query,
      waybillToken,
    });
  }

  // PUT: it replaces the goods shown; sent once (each update counts toward WeChat's cap).
  @Put(':waybillToken/goods')
  @ApiWaybillTokenParam('follow')
  @ApiWechatCall({
    api: 'tracking.updateFollowWaybillGoods',
    summary:
      'Replace the goods the notifications show (tracking.updateFollowWaybillGoods); sent once, never repeated: updates are capped (9300560)',
    invalid: ['goodsInfo.detailList must have 1 to 10 items (got 0)'],
    errcodes: UPDATE_GOODS_ERRCODES,
    unknownOutcomeAdvice: GOODS_UPDATE_OUTCOME_UNKNOWN_ADVICE,
  })
  updateGoods(
    @AppIdParam() appId: string | undefined,
    @FollowTokenParam() waybillToken: FollowWaybillToken,
    @Body() body: WaybillGoodsUpdateDto,
  ): Promise<UpdateFollowWaybillGoodsResult> {
    return clientFor(this.tracking, appId).updateFollowWaybillGoods({
      ...body,
      waybillToken,
    });
  }
}
