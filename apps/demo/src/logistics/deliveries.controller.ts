import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from './app-routes';
import {
  GetAllDeliveryResult,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';

@ApiTags('carriers')
@ApiAppIdParam()
@Controller(forDefaultAndApps('deliveries'))
export class DeliveriesController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Get()
  @ApiWechatCall({
    api: 'logistics.getAllDelivery',
    summary:
      'List the carriers and their service types (logistics.getAllDelivery)',
    result: GetAllDeliveryResult,
  })
  list(@AppIdParam() appId: string | undefined): Promise<GetAllDeliveryResult> {
    return clientFor(this.logistics, appId).getAllDelivery();
  }
}
