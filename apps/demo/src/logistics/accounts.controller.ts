import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from './app-routes';
import {
  BindAccountDto,
  type BindAccountResult,
  type GetAllAccountResult,
  GetQuotaDto,
  type GetQuotaResult,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';

/** Carrier accounts (biz ids) bound to the mini program, and their e-waybill quota. */
@ApiTags('accounts')
@ApiAppIdParam()
@Controller(forDefaultAndApps(''))
export class AccountsController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Get('accounts')
  @ApiOperation({
    summary: 'List bound carrier accounts (logistics.getAllAccount)',
  })
  list(@AppIdParam() appId: string | undefined): Promise<GetAllAccountResult> {
    return clientFor(this.logistics, appId).getAllAccount();
  }

  @Post('accounts/bind')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Bind or unbind a carrier account (logistics.bindAccount); EMS answers underReview: true',
  })
  bind(
    @AppIdParam() appId: string | undefined,
    @Body() body: BindAccountDto,
  ): Promise<BindAccountResult> {
    return clientFor(this.logistics, appId).bindAccount(body);
  }

  @Get('quota')
  @ApiOperation({
    summary:
      'Remaining e-waybill quota of a franchise carrier account (logistics.getQuota)',
  })
  quota(
    @AppIdParam() appId: string | undefined,
    @Query() query: GetQuotaDto,
  ): Promise<GetQuotaResult> {
    return clientFor(this.logistics, appId).getQuota(query);
  }
}
