import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AddReturnIdResult,
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
import { CreateLegacyReturnDto } from './dto/create-return.dto';
import { LinkedReturnCalls } from './linked-return-calls';
import { ApiReturnIdParam } from './return-id.param';
import {
  LEGACY_ADD_RETURN_ERRCODES,
  RETURN_ID_ERRCODES,
} from './returns-route-errcodes';

/**
 * The older 退货组件 calls (`/return/*`): no insured payment needed, no
 * longer documented by WeChat but still answered in 2024. Prefer `/returns`
 * for insured orders.
 */
@ApiTags('returns')
@ApiAppIdParam()
@Controller(forDefaultAndApps('legacy', 'returns'))
export class LegacyReturnsController {
  constructor(
    private readonly returns: WechatReturnService,
    private readonly links: WaybillLinksStore,
  ) {}

  @Post()
  @ApiWechatCall({
    api: 'returns.legacyAddReturnId',
    created: true,
    summary:
      'Create a return id the older way, for an order not insured (returns.legacyAddReturnId); sent once, as addReturnId',
    result: AddReturnIdResult,
    invalid: ['shopOrderId should not be empty'],
    errcodes: LEGACY_ADD_RETURN_ERRCODES,
  })
  add(
    @AppIdParam() appId: string | undefined,
    @Body() body: CreateLegacyReturnDto,
  ): Promise<AddReturnIdResult> {
    const client = clientFor(this.returns, appId);
    return new LinkedReturnCalls(this.links, appId).add(body, true, (input) =>
      client.legacyAddReturnId(input),
    );
  }

  @Get(':returnId')
  @ApiReturnIdParam()
  @ApiWechatCall({
    api: 'returns.legacyGetReturnId',
    summary:
      "A legacy return id's state (returns.legacyGetReturnId), as getReturnId",
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
      client.legacyGetReturnId({ returnId }),
    );
  }

  @Post(':returnId/unbind')
  @HttpCode(200)
  @ApiReturnIdParam()
  @ApiWechatCall({
    api: 'returns.legacyUnbindReturnId',
    summary:
      'Release a legacy return id (returns.legacyUnbindReturnId); only after the buyer self-shipped, else 409 (40097)',
    invalid: ['returnId must be a string of 1 to 32 digits'],
    errcodes: RETURN_ID_ERRCODES,
  })
  unbind(
    @AppIdParam() appId: string | undefined,
    @Param('returnId') returnId: string,
  ): Promise<UnbindReturnIdResult> {
    const client = clientFor(this.returns, appId);
    return new LinkedReturnCalls(this.links, appId).unbind(returnId, () =>
      client.legacyUnbindReturnId({ returnId }),
    );
  }
}
