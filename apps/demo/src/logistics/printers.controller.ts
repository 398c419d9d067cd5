import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from './app-routes';
import {
  type GetPrinterResult,
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
  @ApiOperation({ summary: 'List printer operators (logistics.getPrinter)' })
  list(@AppIdParam() appId: string | undefined): Promise<GetPrinterResult> {
    return clientFor(this.logistics, appId).getPrinter();
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Bind or unbind a printer operator (logistics.updatePrinter)',
  })
  update(
    @AppIdParam() appId: string | undefined,
    @Body() body: UpdatePrinterDto,
  ): Promise<UpdatePrinterResult> {
    return clientFor(this.logistics, appId).updatePrinter(body);
  }
}
