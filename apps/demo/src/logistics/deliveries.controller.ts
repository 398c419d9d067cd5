import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from './app-routes';
import {
  type GetAllDeliveryResult,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';

@ApiTags('carriers')
@ApiAppIdParam()
@Controller(forDefaultAndApps('deliveries'))
export class DeliveriesController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Get()
  @ApiOperation({
    summary:
      'List the carriers and their service types (logistics.getAllDelivery)',
  })
  list(@AppIdParam() appId: string | undefined): Promise<GetAllDeliveryResult> {
    return clientFor(this.logistics, appId).getAllDelivery();
  }
}
