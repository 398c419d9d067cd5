import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type GetPrinterResult,
  UpdatePrinterDto,
  type UpdatePrinterResult,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';

/** Operators of WeChat's PC label-printing app. */
@ApiTags('printers')
@Controller('logistics/printers')
export class PrintersController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Get()
  @ApiOperation({ summary: 'List printer operators (logistics.getPrinter)' })
  list(): Promise<GetPrinterResult> {
    return this.logistics.getPrinter();
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Bind or unbind a printer operator (logistics.updatePrinter)',
  })
  update(@Body() body: UpdatePrinterDto): Promise<UpdatePrinterResult> {
    return this.logistics.updatePrinter(body);
  }
}
