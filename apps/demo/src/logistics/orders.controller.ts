import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from './app-routes';
import { ApiTags } from '@nestjs/swagger';
import {
  AddOrderDto,
  AddOrderResult,
  BatchGetOrderDto,
  BatchGetOrderResult,
  CancelOrderResult,
  GetOrderResult,
  GetPathResult,
  BatchGetOrderFound,
  BatchGetOrderFailed,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import { CancelOrderBodyDto } from './dto/cancel-order-body.dto';
import { GetOrderQueryDto } from './dto/get-order-query.dto';
import { GetPathQueryDto } from './dto/get-path-query.dto';
import { ADD_ORDER_ERRCODES } from './add-order-errcodes';
import { ApiOrderIdParam, OrderIdParam } from './order-id.param';

/** Waybills: create, read (one or many), cancel, track. Thin: the library validates and maps. */
@ApiTags('orders')
@ApiAppIdParam()
@Controller(forDefaultAndApps('orders'))
export class OrdersController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Post()
  @ApiWechatCall({
    api: 'logistics.addOrder',
    summary: 'Create a waybill (logistics.addOrder)',
    result: AddOrderResult,
    created: true,
    invalid: [
      'cargo.count must be an integer ≥ 1 (got the string "1")',
      'sender.nickname is not a known field; sender accepts name, tel, mobile, company, postCode, country, province, city, area, address',
    ],
    errcodes: ADD_ORDER_ERRCODES,
  })
  add(
    @AppIdParam() appId: string | undefined,
    @Body() body: AddOrderDto,
  ): Promise<AddOrderResult> {
    return clientFor(this.logistics, appId).addOrder(body);
  }

  @Post('batch-get')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'logistics.batchGetOrder',
    summary:
      'Get up to 100 waybills; per-order errors come back beside the successes (logistics.batchGetOrder)',
    result: BatchGetOrderResult,
    invalid: ['orderList must have 1 to 100 items (got 0)'],
    errcodes: [930561],
    extraModels: [BatchGetOrderFound, BatchGetOrderFailed],
  })
  batchGet(
    @AppIdParam() appId: string | undefined,
    @Body() body: BatchGetOrderDto,
  ): Promise<BatchGetOrderResult> {
    return clientFor(this.logistics, appId).batchGetOrder(body);
  }

  @Get(':orderId')
  @ApiWechatCall({
    api: 'logistics.getOrder',
    summary: 'Get a waybill and its printable label (logistics.getOrder)',
    result: GetOrderResult,
    invalid: ['deliveryId should not be empty'],
    errcodes: [930561, 40199, 930563, 9300503],
  })
  @ApiOrderIdParam()
  get(
    @AppIdParam() appId: string | undefined,
    @OrderIdParam() orderId: string,
    @Query() query: GetOrderQueryDto,
  ): Promise<GetOrderResult> {
    return clientFor(this.logistics, appId).getOrder({ ...query, orderId });
  }

  @Post(':orderId/cancel')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'logistics.cancelOrder',
    summary:
      'Cancel a waybill (logistics.cancelOrder); 409 once it has a track',
    result: CancelOrderResult,
    invalid: ['waybillId should not be empty'],
    errcodes: [930561, 40199, 930563, 9300503, 9300506, 9300524, 9300501],
  })
  @ApiOrderIdParam()
  cancel(
    @AppIdParam() appId: string | undefined,
    @OrderIdParam() orderId: string,
    @Body() body: CancelOrderBodyDto,
  ): Promise<CancelOrderResult> {
    return clientFor(this.logistics, appId).cancelOrder({ ...body, orderId });
  }

  @Get(':orderId/path')
  @ApiWechatCall({
    api: 'logistics.getPath',
    summary: "Get a waybill's track (logistics.getPath)",
    result: GetPathResult,
    invalid: ['waybillId should not be empty'],
    errcodes: [40199, 930563],
  })
  @ApiOrderIdParam()
  path(
    @AppIdParam() appId: string | undefined,
    @OrderIdParam() orderId: string,
    @Query() query: GetPathQueryDto,
  ): Promise<GetPathResult> {
    return clientFor(this.logistics, appId).getPath({ ...query, orderId });
  }
}
