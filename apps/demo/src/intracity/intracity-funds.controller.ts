import {
  Body,
  Controller,
  Get,
  HttpCode,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  INTRACITY_REFUND_OUTCOME_UNKNOWN_ADVICE,
  IntracityBalanceQueryDto,
  type IntracityBalanceQueryResult,
  type IntracityEmptyResult,
  IntracityGetCityDto,
  type IntracityGetCityResult,
  type IntracityGetPayModeResult,
  type IntracityQueryFlowResult,
  IntracitySetPayModeDto,
  IntracityStoreChargeDto,
  type IntracityStoreChargeResult,
  IntracityStoreRefundDto,
  type IntracityStoreRefundResult,
  WechatIntracityService,
} from 'nestjs-wechat-logistics';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import { IntracityFlowQueryDto } from './dto/intracity-bodies.dto';
import {
  IntracityBalanceQueryResultSchema,
  IntracityGetCityResultSchema,
  IntracityGetPayModeResultSchema,
  IntracityQueryFlowResultSchema,
  IntracityStoreChargeResultSchema,
  IntracityStoreRefundResultSchema,
} from './intracity-results';
import {
  FUNDS_READ_ERRCODES,
  GET_CITY_ERRCODES,
  PAY_MODE_ERRCODES,
  STORE_CHANGE_ERRCODES,
  STORE_REFUND_ERRCODES,
} from './intracity-route-errcodes';
import { intracityErrors } from './intracity-route-errors';
import { SEALED } from './intracity-stores.controller';

/**
 * 同城配送's money and settings: the prepaid balances (per store and carrier,
 * or the app's), their top-ups and refunds, the flows, who pays, and the
 * cities each carrier serves. Money in FEN.
 */
@ApiTags('intracity')
@ApiAppIdParam()
@Controller(forDefaultAndApps('', 'intracity').map((p) => p.replace(/\/$/, '')))
export class IntracityFundsController {
  constructor(private readonly intracity: WechatIntracityService) {}

  @Post('balances/charge')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'intracity.storeCharge',
    summary: `A 服务市场 page where the merchant pays a top-up of at least 5000 fen with one carrier (intracity.storeCharge); no money moves until it is paid there (in sandbox mode, on the emulator's page). ${SEALED}`,
    result: IntracityStoreChargeResultSchema,
    invalid: ['amount must be an integer ≥ 5000 (fen)'],
    errcodes: STORE_CHANGE_ERRCODES,
    more: intracityErrors('intracity.storeCharge', true),
  })
  charge(
    @AppIdParam() appId: string | undefined,
    @Body() body: IntracityStoreChargeDto,
  ): Promise<IntracityStoreChargeResult> {
    return clientFor(this.intracity, appId).storeCharge(body);
  }

  @Post('balances/refund')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'intracity.storeRefund',
    summary: `Refund the unused balance with one carrier (intracity.storeRefund); not while orders are in flight (409, 934006). Sent once. ${SEALED}`,
    result: IntracityStoreRefundResultSchema,
    invalid: ['serviceTransId should not be empty'],
    errcodes: STORE_REFUND_ERRCODES,
    unknownOutcomeAdvice: INTRACITY_REFUND_OUTCOME_UNKNOWN_ADVICE,
    more: intracityErrors(
      'intracity.storeRefund',
      true,
      INTRACITY_REFUND_OUTCOME_UNKNOWN_ADVICE,
    ),
  })
  refund(
    @AppIdParam() appId: string | undefined,
    @Body() body: IntracityStoreRefundDto,
  ): Promise<IntracityStoreRefundResult> {
    return clientFor(this.intracity, appId).storeRefund(body);
  }

  @Get('balances')
  @ApiWechatCall({
    api: 'intracity.balanceQuery',
    summary: `The balance per carrier, with the live top-ups (intracity.balanceQuery). ${SEALED}`,
    result: IntracityBalanceQueryResultSchema,
    invalid: ['wxStoreId should not be empty'],
    errcodes: FUNDS_READ_ERRCODES,
    more: intracityErrors('intracity.balanceQuery', true),
  })
  balances(
    @AppIdParam() appId: string | undefined,
    @Query() query: IntracityBalanceQueryDto,
  ): Promise<IntracityBalanceQueryResult> {
    return clientFor(this.intracity, appId).balanceQuery(query);
  }

  @Get('flows')
  @ApiWechatCall({
    api: 'intracity.queryFlow',
    summary: `A store's top-ups, consumption or refunds (intracity.queryFlow). ${SEALED}`,
    result: IntracityQueryFlowResultSchema,
    invalid: ['flowType must be an integer'],
    errcodes: FUNDS_READ_ERRCODES,
    more: intracityErrors('intracity.queryFlow', true),
  })
  flows(
    @AppIdParam() appId: string | undefined,
    @Query() query: IntracityFlowQueryDto,
  ): Promise<IntracityQueryFlowResult> {
    return clientFor(this.intracity, appId).queryFlow(query);
  }

  @Get('pay-mode')
  @ApiWechatCall({
    api: 'intracity.getPayMode',
    summary: `Who pays now: the store, the app or a service provider (intracity.getPayMode). ${SEALED}`,
    result: IntracityGetPayModeResultSchema,
    errcodes: PAY_MODE_ERRCODES,
    more: intracityErrors('intracity.getPayMode', true),
  })
  payMode(
    @AppIdParam() appId: string | undefined,
  ): Promise<IntracityGetPayModeResult> {
    return clientFor(this.intracity, appId).getPayMode();
  }

  @Put('pay-mode')
  @ApiWechatCall({
    api: 'intracity.setPayMode',
    summary: `Change who pays (intracity.setPayMode); it takes effect once an admin of the mini program confirms WeChat's template message. ${SEALED}`,
    invalid: [
      'payMode must be one of PAY_MODE_STORE, PAY_MODE_APP, PAY_MODE_COMPONENT',
    ],
    errcodes: PAY_MODE_ERRCODES,
    more: intracityErrors('intracity.setPayMode', true),
  })
  setPayMode(
    @AppIdParam() appId: string | undefined,
    @Body() body: IntracitySetPayModeDto,
  ): Promise<IntracityEmptyResult> {
    return clientFor(this.intracity, appId).setPayMode(body);
  }

  @Get('cities')
  @ApiWechatCall({
    api: 'intracity.getCity',
    summary: `The cities each carrier serves (intracity.getCity). ${SEALED}`,
    result: IntracityGetCityResultSchema,
    invalid: ['serviceTransId must be one of DADA, SFTC'],
    errcodes: GET_CITY_ERRCODES,
    more: intracityErrors('intracity.getCity', true),
  })
  cities(
    @AppIdParam() appId: string | undefined,
    @Query() query: IntracityGetCityDto,
  ): Promise<IntracityGetCityResult> {
    return clientFor(this.intracity, appId).getCity(query);
  }
}
