import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from './app-routes';
import {
  type TestUpdateOrderResult,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import { TestUpdateOrderBodyDto } from './dto/test-update-order-body.dto';
import { ApiOrderIdParam, OrderIdParam } from './order-id.param';

/** WeChat's sandbox: move a TEST order along its track as a carrier would. */
@ApiTags('sandbox')
@ApiAppIdParam()
@Controller(forDefaultAndApps('test/orders'))
export class SandboxOrdersController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Post(':orderId/update')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'logistics.testUpdateOrder',
    summary:
      "Simulate a carrier's track update on a TEST order (logistics.testUpdateOrder)",
    invalid: ['actionTime must be an integer ≥ 0 (got the string "now")'],
    errcodes: [930559, 930564, 930563],
  })
  @ApiOrderIdParam()
  update(
    @AppIdParam() appId: string | undefined,
    @OrderIdParam() orderId: string,
    @Body() body: TestUpdateOrderBodyDto,
  ): Promise<TestUpdateOrderResult> {
    return clientFor(this.logistics, appId).testUpdateOrder({
      ...body,
      orderId,
    });
  }
}
