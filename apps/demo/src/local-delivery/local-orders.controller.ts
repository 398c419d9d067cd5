import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  LOCAL_CANCEL_OUTCOME_UNKNOWN_ADVICE,
  LOCAL_ORDER_OUTCOME_UNKNOWN_ADVICE,
  LOCAL_TIP_OUTCOME_UNKNOWN_ADVICE,
  type LocalAbnormalConfirmResult,
  LocalAddOrderDto,
  type LocalAddOrderResult,
  type LocalAddTipResult,
  type LocalCancelResult,
  type LocalGetOrderResult,
  LocalPreAddOrderDto,
  type LocalPreAddOrderResult,
  WechatLocalDeliveryService,
} from 'nestjs-wechat-logistics';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import {
  LocalAbnormalConfirmBodyDto,
  LocalAddTipBodyDto,
  LocalCancelOrderBodyDto,
  LocalGetOrderQueryDto,
  LocalPreCancelOrderBodyDto,
  LocalReOrderBodyDto,
} from './dto/local-order-bodies.dto';
import {
  ADD_ORDER_ERRCODES,
  GET_ORDER_ERRCODES,
  ORDER_CHANGE_ERRCODES,
  PRE_ADD_ORDER_ERRCODES,
  RE_ORDER_ERRCODES,
} from './local-delivery-route-errcodes';
import { localDeliveryErrors } from './local-delivery-route-errors';
import {
  LocalAddOrderResultSchema,
  LocalCancelResultSchema,
  LocalGetOrderResultSchema,
  LocalPreAddOrderResultSchema,
} from './local-delivery-results';
import { ApiShopOrderIdParam, ShopOrderIdParam } from './shop-order-id.param';

const SIGNED =
  'Signed: the library computes delivery_sign from the shop’s secret (LOCAL_DELIVERY_SHOP_SECRETS; none needed for the sandbox shop test_shop_id)';

/**
 * 即时配送's delivery orders: a rider from the shop to the buyer within the
 * hour. Orders are keyed by shopId (the carrier appkey) + shopOrderId (the
 * merchant's). Every call is signed by the library; each order's status
 * pushes (update_waybill_status) show on the tracking page.
 */
@ApiTags('local-delivery')
@ApiAppIdParam()
@Controller(forDefaultAndApps('orders', 'local-delivery'))
export class LocalOrdersController {
  constructor(private readonly local: WechatLocalDeliveryService) {}

  @Post('quote')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'localDelivery.preAddOrder',
    summary: `Quote and check an order, placing nothing (localDelivery.preAddOrder): fee, distance, dispatch time and, from DADA and the sandbox, a deliveryToken that keeps the price 3 minutes. ${SIGNED}`,
    result: LocalPreAddOrderResultSchema,
    invalid: [
      'cargo.goodsWeight must be more than 0 and at most 50 kg (got 60)',
    ],
    errcodes: PRE_ADD_ORDER_ERRCODES,
    more: localDeliveryErrors('localDelivery.preAddOrder', true),
  })
  quote(
    @AppIdParam() appId: string | undefined,
    @Body() body: LocalPreAddOrderDto,
  ): Promise<LocalPreAddOrderResult> {
    return clientFor(this.local, appId).preAddOrder(body);
  }

  @Post()
  @ApiWechatCall({
    api: 'localDelivery.addOrder',
    // addOrder is the logistics assistant's route; WeChat's own name for this one.
    operationId: 'addLocalOrder',
    created: true,
    summary: `Place the delivery order (localDelivery.addOrder): status 101, waiting for a rider. Sent once, never repeated: after a 502/503/504 read it with GET …/orders/:shopOrderId — adding it again answers 409 (930562) if it landed. ${SIGNED}`,
    result: LocalAddOrderResultSchema,
    invalid: [
      'cargo.goodsWeight must be more than 0 and at most 50 kg (got 60)',
    ],
    errcodes: ADD_ORDER_ERRCODES,
    unknownOutcomeAdvice: LOCAL_ORDER_OUTCOME_UNKNOWN_ADVICE,
    more: localDeliveryErrors('localDelivery.addOrder', true),
  })
  add(
    @AppIdParam() appId: string | undefined,
    @Body() body: LocalAddOrderDto,
  ): Promise<LocalAddOrderResult> {
    return clientFor(this.local, appId).addOrder(body);
  }

  // 201: a new dispatch of the order, with a new waybill.
  @Post(':shopOrderId/readd')
  @ApiShopOrderIdParam()
  @ApiWechatCall({
    api: 'localDelivery.reOrder',
    created: true,
    summary: `Place the same order again after a cancellation or failure (localDelivery.reOrder; not MTPS). Sent once. ${SIGNED}`,
    result: LocalAddOrderResultSchema,
    invalid: [
      'cargo.goodsWeight must be more than 0 and at most 50 kg (got 60)',
    ],
    errcodes: RE_ORDER_ERRCODES,
    unknownOutcomeAdvice: LOCAL_ORDER_OUTCOME_UNKNOWN_ADVICE,
    more: localDeliveryErrors('localDelivery.reOrder', true),
  })
  readd(
    @AppIdParam() appId: string | undefined,
    @ShopOrderIdParam() shopOrderId: string,
    @Body() body: LocalReOrderBodyDto,
  ): Promise<LocalAddOrderResult> {
    return clientFor(this.local, appId).reOrder({ ...body, shopOrderId });
  }

  @Post(':shopOrderId/tips')
  @HttpCode(200)
  @ApiShopOrderIdParam()
  @ApiWechatCall({
    api: 'localDelivery.addTip',
    summary: `Raise the tip while the order waits for a rider (localDelivery.addTip): tips is the new total, above the last. Sent once. ${SIGNED}`,
    invalid: ['tips must be more than 0 and at most 1000000 yuan (got 0)'],
    errcodes: ORDER_CHANGE_ERRCODES,
    unknownOutcomeAdvice: LOCAL_TIP_OUTCOME_UNKNOWN_ADVICE,
    more: localDeliveryErrors('localDelivery.addTip', true),
  })
  tip(
    @AppIdParam() appId: string | undefined,
    @ShopOrderIdParam() shopOrderId: string,
    @Body() body: LocalAddTipBodyDto,
  ): Promise<LocalAddTipResult> {
    return clientFor(this.local, appId).addTip({ ...body, shopOrderId });
  }

  @Get(':shopOrderId')
  @ApiShopOrderIdParam()
  @ApiWechatCall({
    api: 'localDelivery.getOrder',
    // getOrder is the logistics assistant's route; WeChat's own name for this one.
    operationId: 'getLocalOrder',
    summary: `The order's status in words, its rider and the seconds until arrival (localDelivery.getOrder). ${SIGNED}`,
    result: LocalGetOrderResultSchema,
    invalid: ['shopId should not be empty', 'shopId must be a string'],
    errcodes: GET_ORDER_ERRCODES,
    more: localDeliveryErrors('localDelivery.getOrder', true),
  })
  get(
    @AppIdParam() appId: string | undefined,
    @ShopOrderIdParam() shopOrderId: string,
    @Query() query: LocalGetOrderQueryDto,
  ): Promise<LocalGetOrderResult> {
    return clientFor(this.local, appId).getOrder({ ...query, shopOrderId });
  }

  // POST like quote: a preview computed from a body, cancelling nothing.
  @Post(':shopOrderId/cancel-fee')
  @HttpCode(200)
  @ApiShopOrderIdParam()
  @ApiWechatCall({
    api: 'localDelivery.preCancelOrder',
    summary: `What cancelling would cost now, cancelling nothing (localDelivery.preCancelOrder). ${SIGNED}`,
    result: LocalCancelResultSchema,
    invalid: ['waybillId should not be empty', 'waybillId must be a string'],
    errcodes: ORDER_CHANGE_ERRCODES,
    more: localDeliveryErrors('localDelivery.preCancelOrder', true),
  })
  cancelFee(
    @AppIdParam() appId: string | undefined,
    @ShopOrderIdParam() shopOrderId: string,
    @Body() body: LocalPreCancelOrderBodyDto,
  ): Promise<LocalCancelResult> {
    return clientFor(this.local, appId).preCancelOrder({
      ...body,
      shopOrderId,
    });
  }

  @Post(':shopOrderId/cancel')
  @HttpCode(200)
  @ApiShopOrderIdParam()
  @ApiWechatCall({
    api: 'localDelivery.cancelOrder',
    // cancelOrder is the logistics assistant's route; WeChat's own name for this one.
    operationId: 'cancelLocalOrder',
    summary: `Cancel the order (localDelivery.cancelOrder); deductFee is what it cost (DADA only before pickup). Sent once. ${SIGNED}`,
    result: LocalCancelResultSchema,
    invalid: [
      'cancelReasonId must be one of 1 (NoLongerNeeded), 2 (PriceUnsuitable), 3 (WrongOrderInfo), 4 (RiderLateForPickup), 5 (RiderLateForDelivery), 6 (Other)',
    ],
    errcodes: ORDER_CHANGE_ERRCODES,
    unknownOutcomeAdvice: LOCAL_CANCEL_OUTCOME_UNKNOWN_ADVICE,
    more: localDeliveryErrors('localDelivery.cancelOrder', true),
  })
  cancel(
    @AppIdParam() appId: string | undefined,
    @ShopOrderIdParam() shopOrderId: string,
    @Body() body: LocalCancelOrderBodyDto,
  ): Promise<LocalCancelResult> {
    return clientFor(this.local, appId).cancelOrder({ ...body, shopOrderId });
  }

  @Post(':shopOrderId/confirm-return')
  @HttpCode(200)
  @ApiShopOrderIdParam()
  @ApiWechatCall({
    api: 'localDelivery.abnormalConfirm',
    summary: `Confirm the goods came back after a delivery exception (localDelivery.abnormalConfirm). ${SIGNED}`,
    invalid: ['waybillId should not be empty', 'waybillId must be a string'],
    errcodes: ORDER_CHANGE_ERRCODES,
    more: localDeliveryErrors('localDelivery.abnormalConfirm', true),
  })
  confirmReturn(
    @AppIdParam() appId: string | undefined,
    @ShopOrderIdParam() shopOrderId: string,
    @Body() body: LocalAbnormalConfirmBodyDto,
  ): Promise<LocalAbnormalConfirmResult> {
    return clientFor(this.local, appId).abnormalConfirm({
      ...body,
      shopOrderId,
    });
  }
}
