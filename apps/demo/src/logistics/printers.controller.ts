import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from './app-routes';
import {
  GetPrinterResult,
  UpdatePrinterDto,
  type UpdatePrinterResult,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';

/** Operators of WeChat's PC label-printing app. */
@ApiTags('printers')
@ApiAppIdParam()
@Controller(forDefaultAndApps('printers'))
export class PrintersController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Get()
  @ApiWechatCall({
    api: 'logistics.getPrinter',
    summary: 'List printer operators (logistics.getPrinter)',
    result: GetPrinterResult,
  })
  list(@AppIdParam() appId: string | undefined): Promise<GetPrinterResult> {
    return clientFor(this.logistics, appId).getPrinter();
  }

  @Post()
  @HttpCode(200)
  @ApiWechatCall({
    api: 'logistics.updatePrinter',
    summary: 'Bind or unbind a printer operator (logistics.updatePrinter)',
    invalid: ['openid should not be empty'],
    errcodes: [9300517],
  })
  update(
    @AppIdParam() appId: string | undefined,
    @Body() body: UpdatePrinterDto,
  ): Promise<UpdatePrinterResult> {
    return clientFor(this.logistics, appId).updatePrinter(body);
  }
}
