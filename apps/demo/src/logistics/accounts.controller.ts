import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from './app-routes';
import {
  BindAccountDto,
  BindAccountResult,
  GetAllAccountResult,
  GetQuotaDto,
  GetQuotaResult,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';

/** Carrier accounts (biz ids) bound to the mini program, and their e-waybill quota. */
@ApiTags('accounts')
@ApiAppIdParam()
@Controller(forDefaultAndApps(''))
export class AccountsController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Get('accounts')
  @ApiWechatCall({
    api: 'logistics.getAllAccount',
    summary: 'List bound carrier accounts (logistics.getAllAccount)',
    result: GetAllAccountResult,
  })
  list(@AppIdParam() appId: string | undefined): Promise<GetAllAccountResult> {
    return clientFor(this.logistics, appId).getAllAccount();
  }

  @Post('accounts/bind')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'logistics.bindAccount',
    summary:
      'Bind or unbind a carrier account (logistics.bindAccount); EMS answers underReview: true',
    result: BindAccountResult,
    invalid: ['type must be one of: bind, unbind'],
    errcodes: [9300529, 9300530, 9300531],
  })
  bind(
    @AppIdParam() appId: string | undefined,
    @Body() body: BindAccountDto,
  ): Promise<BindAccountResult> {
    return clientFor(this.logistics, appId).bindAccount(body);
  }

  @Get('quota')
  @ApiWechatCall({
    api: 'logistics.getQuota',
    summary:
      'Remaining e-waybill quota of a franchise carrier account (logistics.getQuota)',
    result: GetQuotaResult,
    invalid: ['bizId should not be empty'],
    errcodes: [9300525, 9300531],
  })
  quota(
    @AppIdParam() appId: string | undefined,
    @Query() query: GetQuotaDto,
  ): Promise<GetQuotaResult> {
    return clientFor(this.logistics, appId).getQuota(query);
  }
}
