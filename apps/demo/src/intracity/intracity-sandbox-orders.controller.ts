import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type IntracityEmptyResult,
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
import { IntracityMockNotifyBodyDto } from './dto/intracity-bodies.dto';
import { ApiWxOrderIdParam, WxOrderIdParam } from './intracity-ids.param';
import { MOCK_NOTIFY_ERRCODES } from './intracity-route-errcodes';
import { intracityErrors } from './intracity-route-errors';
import { SEALED } from './intracity-stores.controller';

/**
 * WeChat's 同城配送 sandbox: move a test order (useSandbox) to any status;
 * WeChat then calls the order's callbackUrl, which the tracking page shows.
 * In sandbox mode it answers once that callback reached the demo, so the
 * next request sees it.
 */
@ApiTags('sandbox')
@ApiAppIdParam()
@Controller(forDefaultAndApps('test/orders', 'intracity'))
export class IntracitySandboxOrdersController {
  constructor(
    private readonly intracity: WechatIntracityService,
    private readonly sandbox: SandboxService,
  ) {}

  @Post(':wxOrderId/status')
  @HttpCode(200)
  @ApiWxOrderIdParam()
  @ApiWechatCall({
    api: 'intracity.mockNotify',
    summary: `Move a sandbox order (placed with useSandbox: true) to any order_status, e.g. 30000 accepted, 40000 at the store, 50000 delivering, 70000 delivered (intracity.mockNotify); WeChat calls its callbackUrl. ${SEALED}`,
    invalid: [
      'orderStatus must be one of 10000, 20000, 20001, 30000, 40000, 50000, 60000, 70000, 90000',
    ],
    errcodes: MOCK_NOTIFY_ERRCODES,
    more: intracityErrors('intracity.mockNotify', true),
  })
  async status(
    @AppIdParam() appId: string | undefined,
    @WxOrderIdParam() wxOrderId: string,
    @Body() body: IntracityMockNotifyBodyDto,
  ): Promise<IntracityEmptyResult> {
    const result = await clientFor(this.intracity, appId).mockNotify({
      ...body,
      wxOrderId,
    });
    const emulator = this.sandbox.emulator;
    if (emulator)
      await (
        appId === undefined ? emulator.intracity : emulator.app(appId).intracity
      ).callbacksSettled();
    return result;
  }
}
