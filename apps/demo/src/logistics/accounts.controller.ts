import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
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
@Controller('logistics')
export class AccountsController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Get('accounts')
  @ApiOperation({
    summary: 'List bound carrier accounts (logistics.getAllAccount)',
  })
  list(): Promise<GetAllAccountResult> {
    return this.logistics.getAllAccount();
  }

  @Post('accounts/bind')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Bind or unbind a carrier account (logistics.bindAccount); EMS answers underReview: true',
  })
  bind(@Body() body: BindAccountDto): Promise<BindAccountResult> {
    return this.logistics.bindAccount(body);
  }

  @Get('quota')
  @ApiOperation({
    summary:
      'Remaining e-waybill quota of a franchise carrier account (logistics.getQuota)',
  })
  quota(@Query() query: GetQuotaDto): Promise<GetQuotaResult> {
    return this.logistics.getQuota(query);
  }
}
