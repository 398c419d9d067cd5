import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type ApplyMsgPluginResult,
  type ApplyQueryPluginResult,
  GetDeliveryListResult,
  WechatWaybillTrackingService,
} from 'nestjs-wechat-logistics';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import {
  DELIVERY_LIST_ERRCODES,
  PLUGIN_APPLY_ERRCODES,
} from './tracking-route-errcodes';

/**
 * What both 物流服务 components share: this family's carrier codes (not the
 * logistics assistant's: 韵达 is `YD` here), and the applications a
 * third-party platform makes on a merchant's behalf.
 */
@ApiTags('waybill-tracking')
@ApiAppIdParam()
@Controller(forDefaultAndApps('', 'waybill-tracking'))
export class TrackingSetupController {
  constructor(private readonly tracking: WechatWaybillTrackingService) {}

  @Get('carriers')
  @ApiWechatCall({
    api: 'tracking.getDeliveryList',
    summary:
      "This family's carrier codes, for registering a waybill and for shipping info's expressCompany (tracking.getDeliveryList); not the logistics assistant's codes",
    result: GetDeliveryListResult,
    errcodes: DELIVERY_LIST_ERRCODES,
  })
  carriers(
    @AppIdParam() appId: string | undefined,
  ): Promise<GetDeliveryListResult> {
    return clientFor(this.tracking, appId).getDeliveryList();
  }

  // 200: an application to WeChat, nothing with an id of its own is created.
  @Post('plugins/msg')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'tracking.applyMsgPlugin',
    summary:
      "Apply for 物流消息 on the merchant's behalf (tracking.applyMsgPlugin): third-party platforms only, with the authorizer token (else 933004); the merchant's admin accepts within 24 h",
    errcodes: PLUGIN_APPLY_ERRCODES,
  })
  applyMsgPlugin(
    @AppIdParam() appId: string | undefined,
  ): Promise<ApplyMsgPluginResult> {
    return clientFor(this.tracking, appId).applyMsgPlugin();
  }

  @Post('plugins/query')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'tracking.applyQueryPlugin',
    summary:
      "Apply for 查询组件 on the merchant's behalf (tracking.applyQueryPlugin): third-party platforms only, with the authorizer token (else 933004); 500 a day",
    errcodes: PLUGIN_APPLY_ERRCODES,
  })
  applyQueryPlugin(
    @AppIdParam() appId: string | undefined,
  ): Promise<ApplyQueryPluginResult> {
    return clientFor(this.tracking, appId).applyQueryPlugin();
  }
}
