import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  INTRACITY_CANCEL_OUTCOME_UNKNOWN_ADVICE,
  INTRACITY_ORDER_OUTCOME_UNKNOWN_ADVICE,
  IntracityAddOrderDto,
  type IntracityAddOrderResult,
  type IntracityCancelOrderResult,
  IntracityPreAddOrderDto,
  type IntracityPreAddOrderResult,
  type IntracityQueryOrderResult,
  WechatIntracityService,
} from 'nestjs-wechat-logistics';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import { SandboxService } from '../sandbox/sandbox.service';
import { IntracityCancelOrderBodyDto } from './dto/intracity-bodies.dto';
import { ApiWxOrderIdParam, WxOrderIdParam } from './intracity-ids.param';
import {
  IntracityAddOrderResultSchema,
  IntracityCancelOrderResultSchema,
  IntracityPreAddOrderResultSchema,
  IntracityQueryOrderResultSchema,
} from './intracity-results';
import {
  ADD_ORDER_ERRCODES,
  CANCEL_ORDER_ERRCODES,
  PRE_ADD_ORDER_ERRCODES,
  QUERY_ORDER_ERRCODES,
} from './intracity-route-errcodes';
import { intracityErrors } from './intracity-route-errors';
import { SEALED } from './intracity-stores.controller';

const TOO_HEAVY =
  'cargo.cargoWeight must be an integer between 1 and 50000 (grams)';

/**
 * 同城配送's delivery orders: quote, place (a courier of the store's carrier
 * takes it to the buyer), read, cancel. Each order's status callbacks come
 * back to POST /intracity/callback and show on the tracking page.
 */
@ApiTags('intracity')
@ApiAppIdParam()
@Controller(forDefaultAndApps('orders', 'intracity'))
export class IntracityOrdersController {
  constructor(
    private readonly intracity: WechatIntracityService,
    private readonly sandbox: SandboxService,
  ) {}

  @Post('quote')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'intracity.preAddOrder',
    // preAddOrder is 即时配送's route; the family's name keeps the id unique.
    operationId: 'preAddIntracityOrder',
    summary: `Quote an order, placing nothing (intracity.preAddOrder): fee in fen, distance in metres, expected delivery. ${SEALED}`,
    result: IntracityPreAddOrderResultSchema,
    invalid: [TOO_HEAVY],
    errcodes: PRE_ADD_ORDER_ERRCODES,
    more: intracityErrors('intracity.preAddOrder', true),
  })
  quote(
    @AppIdParam() appId: string | undefined,
    @Body() body: IntracityPreAddOrderDto,
  ): Promise<IntracityPreAddOrderResult> {
    return clientFor(this.intracity, appId).preAddOrder(body);
  }

  @Post()
  @ApiWechatCall({
    api: 'intracity.addOrder',
    // addOrder is the logistics assistant's route.
    operationId: 'addIntracityOrder',
    created: true,
    summary: `Place the delivery order (intracity.addOrder); storeOrderId is its idempotency key. useSandbox: true makes a test order (no balance, no courier: move it with POST …/test/orders/:wxOrderId/status). Its status callbacks go to callbackUrl — in sandbox mode the demo's own POST /intracity/callback when none is given. Sent once: after a 502/503/504 read it before adding it again (409, 934002, if it landed). ${SEALED}`,
    result: IntracityAddOrderResultSchema,
    invalid: [TOO_HEAVY],
    errcodes: ADD_ORDER_ERRCODES,
    unknownOutcomeAdvice: INTRACITY_ORDER_OUTCOME_UNKNOWN_ADVICE,
    more: intracityErrors(
      'intracity.addOrder',
      true,
      INTRACITY_ORDER_OUTCOME_UNKNOWN_ADVICE,
    ),
  })
  add(
    @AppIdParam() appId: string | undefined,
    @Body() body: IntracityAddOrderDto,
  ): Promise<IntracityAddOrderResult> {
    const callbackUrl =
      body.callbackUrl ?? this.sandbox.intracityCallbackUrl(appId);
    return clientFor(this.intracity, appId).addOrder({
      ...body,
      ...(callbackUrl !== undefined && { callbackUrl }),
    });
  }

  @Get(':wxOrderId')
  @ApiWxOrderIdParam()
  @ApiWechatCall({
    api: 'intracity.queryOrder',
    summary: `The order's status in words, its courier, fees and times (intracity.queryOrder). ${SEALED}`,
    result: IntracityQueryOrderResultSchema,
    errcodes: QUERY_ORDER_ERRCODES,
    more: intracityErrors('intracity.queryOrder', true),
  })
  get(
    @AppIdParam() appId: string | undefined,
    @WxOrderIdParam() wxOrderId: string,
  ): Promise<IntracityQueryOrderResult> {
    return clientFor(this.intracity, appId).queryOrder({ wxOrderId });
  }

  @Post(':wxOrderId/cancel')
  @HttpCode(200)
  @ApiWxOrderIdParam()
  @ApiWechatCall({
    api: 'intracity.cancelOrder',
    // cancelOrder is the logistics assistant's route.
    operationId: 'cancelIntracityOrder',
    summary: `Cancel the order (intracity.cancelOrder); deductFee (fen) is the penalty once a courier is under way. Sent once. ${SEALED}`,
    result: IntracityCancelOrderResultSchema,
    invalid: ['cancelReasonId must be one of 1, 2, 3, 99'],
    errcodes: CANCEL_ORDER_ERRCODES,
    unknownOutcomeAdvice: INTRACITY_CANCEL_OUTCOME_UNKNOWN_ADVICE,
    more: intracityErrors(
      'intracity.cancelOrder',
      true,
      INTRACITY_CANCEL_OUTCOME_UNKNOWN_ADVICE,
    ),
  })
  cancel(
    @AppIdParam() appId: string | undefined,
    @WxOrderIdParam() wxOrderId: string,
    @Body() body: IntracityCancelOrderBodyDto,
  ): Promise<IntracityCancelOrderResult> {
    return clientFor(this.intracity, appId).cancelOrder({
      ...body,
      wxOrderId,
    });
  }
}
