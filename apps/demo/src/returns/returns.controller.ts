import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AddReturnIdResult,
  type ApplyReturnPluginResult,
  GetReturnIdResult,
  type UnbindReturnIdResult,
  WechatReturnService,
} from 'nestjs-wechat-logistics';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import { WaybillLinksStore } from '../tracking/waybill-links.store';
import { PLUGIN_APPLY_ERRCODES } from '../waybill-tracking/tracking-route-errcodes';
import { CreateReturnDto } from './dto/create-return.dto';
import { LinkedReturnCalls } from './linked-return-calls';
import { ApiReturnIdParam } from './return-id.param';
import {
  ADD_RETURN_ERRCODES,
  RETURN_ID_ERRCODES,
} from './returns-route-errcodes';

/**
 * 退货组件 / 无忧退货, the current calls: a return id for an insured order,
 * its state as the buyer moves it, its release. Each return named with a
 * waybill shows on that waybill's card on the tracking page.
 */
@ApiTags('returns')
@ApiAppIdParam()
@Controller(forDefaultAndApps('', 'returns'))
export class ReturnsController {
  constructor(
    private readonly returns: WechatReturnService,
    private readonly links: WaybillLinksStore,
  ) {}

  @Post()
  @ApiWechatCall({
    api: 'returns.addReturnId',
    created: true,
    summary:
      'Create a return id for an order insured with 无忧退货 (returns.addReturnId); WeChat messages the buyer. Sent once, never repeated: after a 502/503/504 add again with the same shopOrderId — 409 (9300522) means the first one landed',
    result: AddReturnIdResult,
    invalid: [
      'wxPayId must be a WeChat Pay transaction id: 1 to 32 digits, such as 4200000000202311150000000001',
    ],
    errcodes: ADD_RETURN_ERRCODES,
  })
  add(
    @AppIdParam() appId: string | undefined,
    @Body() body: CreateReturnDto,
  ): Promise<AddReturnIdResult> {
    const client = clientFor(this.returns, appId);
    return new LinkedReturnCalls(this.links, appId).add(body, false, (input) =>
      client.addReturnId(input),
    );
  }

  @Get(':returnId')
  @ApiReturnIdParam()
  @ApiWechatCall({
    api: 'returns.getReturnId',
    summary:
      'How the buyer sends it back (pick-up or self-ship), the return waybill and its state (returns.getReturnId)',
    result: GetReturnIdResult,
    invalid: ['returnId must be a string of 1 to 32 digits'],
    errcodes: RETURN_ID_ERRCODES,
  })
  get(
    @AppIdParam() appId: string | undefined,
    @Param('returnId') returnId: string,
  ): Promise<GetReturnIdResult> {
    const client = clientFor(this.returns, appId);
    return new LinkedReturnCalls(this.links, appId).get(returnId, () =>
      client.getReturnId({ returnId }),
    );
  }

  @Post(':returnId/unbind')
  @HttpCode(200)
  @ApiReturnIdParam()
  @ApiWechatCall({
    api: 'returns.unbindReturnId',
    summary:
      'Release the return id: nothing needs to come back (returns.unbindReturnId); only after the buyer self-shipped and typed the waybill, else 409 (40097)',
    invalid: ['returnId must be a string of 1 to 32 digits'],
    errcodes: RETURN_ID_ERRCODES,
  })
  unbind(
    @AppIdParam() appId: string | undefined,
    @Param('returnId') returnId: string,
  ): Promise<UnbindReturnIdResult> {
    const client = clientFor(this.returns, appId);
    return new LinkedReturnCalls(this.links, appId).unbind(returnId, () =>
      client.unbindReturnId({ returnId }),
    );
  }

  @Post('plugin')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'returns.applyReturnPlugin',
    summary:
      "Apply for the return component on the merchant's behalf (returns.applyReturnPlugin): third-party platforms only, with the authorizer token (else 933004); 500 a day",
    errcodes: PLUGIN_APPLY_ERRCODES,
  })
  applyReturnPlugin(
    @AppIdParam() appId: string | undefined,
  ): Promise<ApplyReturnPluginResult> {
    return clientFor(this.returns, appId).applyReturnPlugin();
  }
}
