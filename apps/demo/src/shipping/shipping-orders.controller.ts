import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  GetShippingOrderDto,
  GetShippingOrderListResult,
  GetShippingOrderResult,
  NotifyConfirmReceiveDto,
  type NotifyConfirmReceiveResult,
  OpSpecialOrderDto,
  type OpSpecialOrderResult,
  UPLOAD_OUTCOME_UNKNOWN_ADVICE,
  UploadCombinedShippingInfoDto,
  type UploadCombinedShippingInfoResult,
  UploadShippingInfoDto,
  type UploadShippingInfoResult,
  WechatShippingService,
} from 'nestjs-wechat-logistics';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import {
  COMBINED_UPLOAD_ERRCODES,
  GET_ORDER_ERRCODES,
  GET_ORDER_LIST_ERRCODES,
  NOTIFY_CONFIRM_RECEIVE_ERRCODES,
  SPECIAL_ORDER_ERRCODES,
  UPLOAD_ERRCODES,
} from './shipping-route-errcodes';
import {
  ShippingOrderListQueryDto,
  toOrderListInput,
} from './dto/shipping-order-list-query.dto';

/**
 * Order shipping info (发货信息管理) per payment: upload what was shipped,
 * read it back, remind the buyer, report a pre-sale or test order. Thin: the
 * library validates and maps.
 *
 * Every POST here answers 200, not 201: WeChat records the shipment against
 * a payment that already exists (a re-upload replaces it) and answers an
 * acknowledgement; nothing new with an id of its own is created, unlike
 * addOrder's waybill.
 */
@ApiTags('shipping')
@ApiAppIdParam()
@Controller(forDefaultAndApps('orders', 'shipping'))
export class ShippingOrdersController {
  constructor(private readonly shipping: WechatShippingService) {}

  @Post('upload')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'shipping.uploadShippingInfo',
    summary:
      "Upload a payment's shipping info (shipping.uploadShippingInfo); sent once, never repeated: after a 502/503/504 check getOrder before uploading again",
    invalid: [
      'shippingList must have exactly 1 item when deliveryMode is 1 (unified) (got 2)',
      'shippingList.0.contact is required when expressCompany is SF (顺丰)',
    ],
    errcodes: UPLOAD_ERRCODES,
    unknownOutcomeAdvice: UPLOAD_OUTCOME_UNKNOWN_ADVICE,
  })
  upload(
    @AppIdParam() appId: string | undefined,
    @Body() body: UploadShippingInfoDto,
  ): Promise<UploadShippingInfoResult> {
    return clientFor(this.shipping, appId).uploadShippingInfo(body);
  }

  @Post('upload-combined')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'shipping.uploadCombinedShippingInfo',
    summary:
      "Upload a combined (合单) payment's shipping info, one shipment per sub-payment (shipping.uploadCombinedShippingInfo); sent once, as an upload is",
    invalid: [
      "subOrders items' orderKey.orderNumberType must equal the parent orderKey's",
    ],
    errcodes: COMBINED_UPLOAD_ERRCODES,
    unknownOutcomeAdvice: UPLOAD_OUTCOME_UNKNOWN_ADVICE,
  })
  uploadCombined(
    @AppIdParam() appId: string | undefined,
    @Body() body: UploadCombinedShippingInfoDto,
  ): Promise<UploadCombinedShippingInfoResult> {
    return clientFor(this.shipping, appId).uploadCombinedShippingInfo(body);
  }

  @Get('lookup')
  @ApiWechatCall({
    api: 'shipping.getOrder',
    operationId: 'getShippingOrder',
    summary:
      "A payment's shipping state, by transactionId or merchantId + merchantTradeNo (shipping.getOrder)",
    result: GetShippingOrderResult,
    invalid: ['merchantId is required unless transactionId is given'],
    errcodes: GET_ORDER_ERRCODES,
  })
  lookup(
    @AppIdParam() appId: string | undefined,
    @Query() query: GetShippingOrderDto,
  ): Promise<GetShippingOrderResult> {
    return clientFor(this.shipping, appId).getOrder(query);
  }

  @Get()
  @ApiWechatCall({
    api: 'shipping.getOrderList',
    operationId: 'getShippingOrderList',
    summary:
      'A page of payments by pay time, state and payer (shipping.getOrderList); pass lastIndex back while hasMore',
    result: GetShippingOrderListResult,
    invalid: ['pageSize must be an integer'],
    errcodes: GET_ORDER_LIST_ERRCODES,
  })
  list(
    @AppIdParam() appId: string | undefined,
    @Query() query: ShippingOrderListQueryDto,
  ): Promise<GetShippingOrderListResult> {
    return clientFor(this.shipping, appId).getOrderList(
      toOrderListInput(query),
    );
  }

  @Post('notify-confirm-receive')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'shipping.notifyConfirmReceive',
    summary:
      'Remind the buyer to confirm receipt, with the sign-for time (shipping.notifyConfirmReceive); once per payment, express only',
    invalid: ['receivedTime must be an integer ≥ 1'],
    errcodes: NOTIFY_CONFIRM_RECEIVE_ERRCODES,
  })
  notifyConfirmReceive(
    @AppIdParam() appId: string | undefined,
    @Body() body: NotifyConfirmReceiveDto,
  ): Promise<NotifyConfirmReceiveResult> {
    return clientFor(this.shipping, appId).notifyConfirmReceive(body);
  }

  @Post('special')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'shipping.opSpecialOrder',
    summary:
      'Report an unshipped payment as pre-sale (ships after delayTo) or as a test order (shipping.opSpecialOrder)',
    invalid: ['delayTo is required when type is 1 (pre-sale)'],
    errcodes: SPECIAL_ORDER_ERRCODES,
  })
  special(
    @AppIdParam() appId: string | undefined,
    @Body() body: OpSpecialOrderDto,
  ): Promise<OpSpecialOrderResult> {
    return clientFor(this.shipping, appId).opSpecialOrder(body);
  }
}
