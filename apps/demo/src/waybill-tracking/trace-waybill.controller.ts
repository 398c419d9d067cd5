import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  GOODS_UPDATE_OUTCOME_UNKNOWN_ADVICE,
  type QueryTraceResult,
  type TraceWaybillToken,
  TraceWaybillDto,
  TraceWaybillResult,
  type UpdateWaybillGoodsResult,
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
import { ApiWaybillTokenParam, TraceTokenParam } from './waybill-token.param';

/**
 * 物流服务's query component (查询组件): register a waybill, get the token
 * the mini program opens WeChat's tracking page with, read what the buyer
 * sees, change the goods shown. The token is linked to its waybill on the
 * tracking page.
 */
@ApiTags('waybill-tracking')
@ApiAppIdParam()
@Controller(forDefaultAndApps('trace', 'waybill-tracking'))
export class TraceWaybillController {
  constructor(
    private readonly tracking: WechatWaybillTrackingService,
    private readonly links: WaybillLinksStore,
  ) {}

  // 201: each registration makes a new token, even for a waybill registered before.
  @Post()
  @ApiWechatCall({
    api: 'tracking.traceWaybill',
    created: true,
    summary:
      "Register a waybill for the buyer's tracking page (tracking.traceWaybill): the token for the mini program's openWaybillTracking",
    result: TraceWaybillResult,
    invalid: ['transId must be a WeChat Pay transaction id: 1 to 32 digits'],
    errcodes: REGISTER_WAYBILL_ERRCODES,
  })
  async trace(
    @AppIdParam() appId: string | undefined,
    @Body() body: TraceWaybillDto,
  ): Promise<TraceWaybillResult> {
    const result = await clientFor(this.tracking, appId).traceWaybill(body);
    await this.links.recordToken(
      appId,
      body.waybillId,
      'trace',
      result.waybillToken,
    );
    return result;
  }

  @Get(':waybillToken')
  @ApiWaybillTokenParam('trace')
  @ApiWechatCall({
    api: 'tracking.queryTrace',
    summary:
      "What the buyer's tracking page shows: the waybill's status, goods and carrier (tracking.queryTrace)",
    result: WaybillTraceResult,
    errcodes: QUERY_TRACE_ERRCODES,
  })
  query(
    @AppIdParam() appId: string | undefined,
    @TraceTokenParam() waybillToken: TraceWaybillToken,
    @Query() query: WaybillTokenQueryDto,
  ): Promise<QueryTraceResult> {
    return clientFor(this.tracking, appId).queryTrace({
      ...query,
      waybillToken,
    });
  }

  // PUT: it replaces the goods shown; sent once (each update counts toward WeChat's cap).
  @Put(':waybillToken/goods')
  @ApiWaybillTokenParam('trace')
  @ApiWechatCall({
    api: 'tracking.updateWaybillGoods',
    summary:
      'Replace the goods the tracking page shows (tracking.updateWaybillGoods); sent once, never repeated: updates are capped (9300560)',
    invalid: ['goodsInfo.detailList must have 1 to 10 items (got 0)'],
    errcodes: UPDATE_GOODS_ERRCODES,
    unknownOutcomeAdvice: GOODS_UPDATE_OUTCOME_UNKNOWN_ADVICE,
  })
  updateGoods(
    @AppIdParam() appId: string | undefined,
    @TraceTokenParam() waybillToken: TraceWaybillToken,
    @Body() body: WaybillGoodsUpdateDto,
  ): Promise<UpdateWaybillGoodsResult> {
    return clientFor(this.tracking, appId).updateWaybillGoods({
      ...body,
      waybillToken,
    });
  }
}
