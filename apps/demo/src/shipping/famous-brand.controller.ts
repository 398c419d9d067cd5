import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  FamousBrandApplyDto,
  type FamousBrandApplyResult,
  GetFamousBrandApplyStatusResult,
  WechatShippingService,
} from 'nestjs-wechat-logistics';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import { FAMOUS_BRAND_ERRCODES } from './shipping-route-errcodes';

/** The famous-brand (品牌) application of order shipping management, reviewed by WeChat's people. */
@ApiTags('shipping')
@ApiAppIdParam()
@Controller(forDefaultAndApps('famous-brand', 'shipping'))
export class FamousBrandController {
  constructor(private readonly shipping: WechatShippingService) {}

  @Post('apply')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'shipping.famousBrandApply',
    summary:
      'Apply for the famous-brand treatment (shipping.famousBrandApply); sent once, never repeated',
    invalid: [
      'application.auditInfo is required when applyFor is 1 (famous brand)',
    ],
    errcodes: FAMOUS_BRAND_ERRCODES,
  })
  apply(
    @AppIdParam() appId: string | undefined,
    @Body() body: FamousBrandApplyDto,
  ): Promise<FamousBrandApplyResult> {
    return clientFor(this.shipping, appId).famousBrandApply(body);
  }

  @Get('status')
  @ApiWechatCall({
    api: 'shipping.getFamousBrandApplyStatus',
    summary:
      'Where the famous-brand application stands: under review, rejected (with the reason) or approved (shipping.getFamousBrandApplyStatus)',
    result: GetFamousBrandApplyStatusResult,
    errcodes: FAMOUS_BRAND_ERRCODES,
  })
  status(
    @AppIdParam() appId: string | undefined,
  ): Promise<GetFamousBrandApplyStatusResult> {
    return clientFor(this.shipping, appId).getFamousBrandApplyStatus();
  }
}
