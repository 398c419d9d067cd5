import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from './app-routes';
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
@ApiAppIdParam()
@Controller(forDefaultAndApps('orders'))
export class OrdersController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a waybill (logistics.addOrder)' })
  @ApiCreatedResponse({
    description: 'The waybill: orderId, waybillId, waybillData',
  })
  add(
    @AppIdParam() appId: string | undefined,
    @Body() body: AddOrderDto,
  ): Promise<AddOrderResult> {
    return clientFor(this.logistics, appId).addOrder(body);
  }

  @Post('batch-get')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Get up to 100 waybills; per-order errors come back beside the successes (logistics.batchGetOrder)',
  })
  batchGet(
    @AppIdParam() appId: string | undefined,
    @Body() body: BatchGetOrderDto,
  ): Promise<BatchGetOrderResult> {
    return clientFor(this.logistics, appId).batchGetOrder(body);
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
    @AppIdParam() appId: string | undefined,
    @OrderIdParam() orderId: string,
    @Query() query: GetOrderQueryDto,
  ): Promise<GetOrderResult> {
    return clientFor(this.logistics, appId).getOrder({ ...query, orderId });
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
    @AppIdParam() appId: string | undefined,
    @OrderIdParam() orderId: string,
    @Body() body: CancelOrderBodyDto,
  ): Promise<CancelOrderResult> {
    return clientFor(this.logistics, appId).cancelOrder({ ...body, orderId });
  }

  @Get(':orderId/path')
  @ApiOperation({ summary: "Get a waybill's track (logistics.getPath)" })
  path(
    @AppIdParam() appId: string | undefined,
    @OrderIdParam() orderId: string,
    @Query() query: GetPathQueryDto,
  ): Promise<GetPathResult> {
    return clientFor(this.logistics, appId).getPath({ ...query, orderId });
  }
}
