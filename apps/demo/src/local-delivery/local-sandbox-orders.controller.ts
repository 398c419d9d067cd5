import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type LocalMockUpdateOrderResult,
  WechatLocalDeliveryService,
} from 'nestjs-wechat-logistics';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import { SandboxService } from '../sandbox/sandbox.service';
import {
  LocalMockUpdateOrderBodyDto,
  LocalRealMockUpdateOrderBodyDto,
} from './dto/local-order-bodies.dto';
import {
  MOCK_UPDATE_ERRCODES,
  REAL_MOCK_UPDATE_ERRCODES,
} from './local-delivery-route-errcodes';
import { localDeliveryErrors } from './local-delivery-route-errors';
import { ApiShopOrderIdParam, ShopOrderIdParam } from './shop-order-id.param';

/**
 * WeChat's 即时配送 sandboxes: move a TEST order to any status as its
 * carrier would, or a carrier test account's order in that carrier's test
 * system. WeChat then pushes update_waybill_status, which the tracking page
 * shows. In sandbox mode each answers once that push reached the demo, so
 * the next request sees it.
 */
@ApiTags('sandbox')
@ApiAppIdParam()
@Controller(forDefaultAndApps('test/orders', 'local-delivery'))
export class LocalSandboxOrdersController {
  constructor(
    private readonly local: WechatLocalDeliveryService,
    private readonly sandbox: SandboxService,
  ) {}

  @Post(':shopOrderId/status')
  @HttpCode(200)
  @ApiShopOrderIdParam()
  @ApiWechatCall({
    api: 'localDelivery.mockUpdateOrder',
    summary:
      'Move a sandbox order (placed with shopId test_shop_id, deliveryId TEST) to any order_status, e.g. 102 rider assigned, 202 picked up, 301 in delivery, 302 delivered (localDelivery.mockUpdateOrder); WeChat pushes update_waybill_status',
    invalid: [
      'shopId must be "test_shop_id": mockUpdateOrder only moves sandbox orders (use realMockUpdateOrder for a carrier test account)',
    ],
    errcodes: MOCK_UPDATE_ERRCODES,
    more: localDeliveryErrors('localDelivery.mockUpdateOrder', false),
  })
  async status(
    @AppIdParam() appId: string | undefined,
    @ShopOrderIdParam() shopOrderId: string,
    @Body() body: LocalMockUpdateOrderBodyDto,
  ): Promise<LocalMockUpdateOrderResult> {
    const result = await clientFor(this.local, appId).mockUpdateOrder({
      ...body,
      shopOrderId,
    });
    await this.sandbox.emulator?.pushes.settled();
    return result;
  }

  @Post(':shopOrderId/realmock-status')
  @HttpCode(200)
  @ApiShopOrderIdParam()
  @ApiWechatCall({
    api: 'localDelivery.realMockUpdateOrder',
    summary:
      "Move an order of a carrier's test account (SFTC, DADA) in that carrier's test system (localDelivery.realMockUpdateOrder; the accounts may be dead, and a TEST order answers 930557). Signed: the test account's secret must be in LOCAL_DELIVERY_SHOP_SECRETS",
    invalid: ['actionTime must be an integer ≥ 0 (got the string "now")'],
    errcodes: REAL_MOCK_UPDATE_ERRCODES,
    more: localDeliveryErrors('localDelivery.realMockUpdateOrder', true),
  })
  async realmockStatus(
    @AppIdParam() appId: string | undefined,
    @ShopOrderIdParam() shopOrderId: string,
    @Body() body: LocalRealMockUpdateOrderBodyDto,
  ): Promise<LocalMockUpdateOrderResult> {
    const result = await clientFor(this.local, appId).realMockUpdateOrder({
      ...body,
      shopOrderId,
    });
    await this.sandbox.emulator?.pushes.settled();
    return result;
  }
}
