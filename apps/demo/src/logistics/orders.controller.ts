import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  AddOrderDto,
  type AddOrderResult,
  BatchGetOrderDto,
  type BatchGetOrderResult,
  type CancelOrderResult,
  type GetOrderResult,
  type GetPathResult,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import { CancelOrderBodyDto } from './dto/cancel-order-body.dto';
import { GetOrderQueryDto } from './dto/get-order-query.dto';
import { GetPathQueryDto } from './dto/get-path-query.dto';
import { OrderIdParam } from './order-id.param';

/** Waybills: create, read (one or many), cancel, track. Thin: the library validates and maps. */
@ApiTags('orders')
@Controller('logistics/orders')
export class OrdersController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a waybill (logistics.addOrder)' })
  @ApiCreatedResponse({
    description: 'The waybill: orderId, waybillId, waybillData',
  })
  add(@Body() body: AddOrderDto): Promise<AddOrderResult> {
    return this.logistics.addOrder(body);
  }

  @Post('batch-get')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Get up to 100 waybills; per-order errors come back beside the successes (logistics.batchGetOrder)',
  })
  batchGet(@Body() body: BatchGetOrderDto): Promise<BatchGetOrderResult> {
    return this.logistics.batchGetOrder(body);
  }

  @Get(':orderId')
  @ApiOperation({
    summary: 'Get a waybill and its printable label (logistics.getOrder)',
  })
  @ApiOkResponse({
    description:
      'printHtml (Base64 label HTML), waybillData, orderStatus (0 normal, 1 cancelled)',
  })
  get(
    @OrderIdParam() orderId: string,
    @Query() query: GetOrderQueryDto,
  ): Promise<GetOrderResult> {
    return this.logistics.getOrder({ ...query, orderId });
  }

  @Post(':orderId/cancel')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Cancel a waybill (logistics.cancelOrder); 409 once it has a track',
  })
  @ApiOkResponse({
    schema: { example: { deliveryResultcode: 0, deliveryResultmsg: '' } },
  })
  cancel(
    @OrderIdParam() orderId: string,
    @Body() body: CancelOrderBodyDto,
  ): Promise<CancelOrderResult> {
    return this.logistics.cancelOrder({ ...body, orderId });
  }

  @Get(':orderId/path')
  @ApiOperation({ summary: "Get a waybill's track (logistics.getPath)" })
  path(
    @OrderIdParam() orderId: string,
    @Query() query: GetPathQueryDto,
  ): Promise<GetPathResult> {
    return this.logistics.getPath({ ...query, orderId });
  }
}
