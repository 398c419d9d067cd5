import {
  Body,
  Controller,
  Get,
  HttpCode,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  IsTradeManagedDto,
  IsTradeManagedResult,
  IsTradeManagementConfirmationCompletedDto,
  IsTradeManagementConfirmationCompletedResult,
  SetMsgJumpPathDto,
  type SetMsgJumpPathResult,
  SetWxaTradeTypeDto,
  type SetWxaTradeTypeResult,
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
  MSG_JUMP_PATH_ERRCODES,
  TRADE_MANAGED_ERRCODES,
  TRADE_TYPE_ERRCODES,
} from './shipping-route-errcodes';

/** The mini program's own shipping settings: enrolment, the messages' page, its trade type. */
@ApiTags('shipping')
@ApiAppIdParam()
@Controller(forDefaultAndApps('', 'shipping'))
export class ShippingSettingsController {
  constructor(private readonly shipping: WechatShippingService) {}

  // PUT: it sets the app's one path; sending it again leaves the same path.
  @Put('msg-jump-path')
  @ApiWechatCall({
    api: 'shipping.setMsgJumpPath',
    summary:
      "Set the page the shipping and confirm-receipt messages open (shipping.setMsgJumpPath); '' keeps WeChat's default",
    invalid: ['path is required'],
    errcodes: MSG_JUMP_PATH_ERRCODES,
  })
  setMsgJumpPath(
    @AppIdParam() appId: string | undefined,
    @Body() body: SetMsgJumpPathDto,
  ): Promise<SetMsgJumpPathResult> {
    return clientFor(this.shipping, appId).setMsgJumpPath(body);
  }

  @Get('trade-managed')
  @ApiWechatCall({
    api: 'shipping.isTradeManaged',
    summary:
      'Whether a mini program is enrolled in order shipping management, so its payments stay frozen until shipped and received (shipping.isTradeManaged)',
    result: IsTradeManagedResult,
    invalid: ['appid should not be empty', 'appid must be a string'],
    errcodes: TRADE_MANAGED_ERRCODES,
  })
  isTradeManaged(
    @AppIdParam() appId: string | undefined,
    @Query() query: IsTradeManagedDto,
  ): Promise<IsTradeManagedResult> {
    return clientFor(this.shipping, appId).isTradeManaged(query);
  }

  @Get('trade-management-confirmation')
  @ApiWechatCall({
    api: 'shipping.isTradeManagementConfirmationCompleted',
    summary:
      "Whether the app's trade-settlement confirmation (交易结算管理确认) is done (shipping.isTradeManagementConfirmationCompleted)",
    result: IsTradeManagementConfirmationCompletedResult,
    invalid: ['appid should not be empty', 'appid must be a string'],
    errcodes: TRADE_MANAGED_ERRCODES,
  })
  isConfirmationCompleted(
    @AppIdParam() appId: string | undefined,
    @Query() query: IsTradeManagementConfirmationCompletedDto,
  ): Promise<IsTradeManagementConfirmationCompletedResult> {
    return clientFor(
      this.shipping,
      appId,
    ).isTradeManagementConfirmationCompleted(query);
  }

  @Post('trade-type/apply')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'shipping.setWxaTradeType',
    summary:
      "Apply to change the app's trade type (shipping.setWxaTradeType); one application per account (409 after)",
    invalid: ['materialList must hold at most 3 videos'],
    errcodes: TRADE_TYPE_ERRCODES,
  })
  applyForTradeType(
    @AppIdParam() appId: string | undefined,
    @Body() body: SetWxaTradeTypeDto,
  ): Promise<SetWxaTradeTypeResult> {
    return clientFor(this.shipping, appId).setWxaTradeType(body);
  }
}
