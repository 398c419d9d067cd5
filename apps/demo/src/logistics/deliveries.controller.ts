import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type GetAllDeliveryResult,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';

@ApiTags('carriers')
@Controller('logistics/deliveries')
export class DeliveriesController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Get()
  @ApiOperation({
    summary:
      'List the carriers and their service types (logistics.getAllDelivery)',
  })
  list(): Promise<GetAllDeliveryResult> {
    return this.logistics.getAllDelivery();
  }
}
