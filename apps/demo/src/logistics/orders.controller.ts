import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type CancelOrderResult,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import { CancelOrderBodyDto } from './cancel-order-body.dto';
import { OrderIdParam } from './order-id.param';

@ApiTags('orders')
@Controller('logistics/orders')
export class OrdersController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Post(':orderId/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a waybill (logistics.cancelOrder)' })
  @ApiOkResponse({
    schema: { example: { deliveryResultcode: 0, deliveryResultmsg: '' } },
  })
  cancel(
    @OrderIdParam() orderId: string,
    @Body() body: CancelOrderBodyDto,
  ): Promise<CancelOrderResult> {
    return this.logistics.cancelOrder({ ...body, orderId });
  }
}
