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
  INTRACITY_STORE_OUTCOME_UNKNOWN_ADVICE,
  IntracityCreateStoreDto,
  type IntracityCreateStoreResult,
  type IntracityEmptyResult,
  IntracityQueryStoreDto,
  type IntracityQueryStoreResult,
  IntracityStoreChangesDto,
  WechatIntracityService,
} from 'nestjs-wechat-logistics';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { ApiWechatCall } from '../openapi/api-wechat-call.decorator';
import { ApiWxStoreIdParam, WxStoreIdParam } from './intracity-ids.param';
import {
  IntracityCreateStoreResultSchema,
  IntracityQueryStoreResultSchema,
} from './intracity-results';
import {
  APPLY_ERRCODES,
  CREATE_STORE_ERRCODES,
  QUERY_STORE_ERRCODES,
  STORE_CHANGE_ERRCODES,
} from './intracity-route-errcodes';
import { intracityErrors } from './intracity-route-errors';

/** Said of every sealed route. */
export const SEALED =
  'Encrypted and signed by the library (API security: WECHAT_API_*; set up by itself in sandbox mode), its reply verified before it is believed';

/**
 * 同城配送's stores: open the feature, then create the stores orders leave
 * from (one per pickup address), read and change them.
 */
@ApiTags('intracity')
@ApiAppIdParam()
@Controller(forDefaultAndApps('', 'intracity').map((p) => p.replace(/\/$/, '')))
export class IntracityStoresController {
  constructor(private readonly intracity: WechatIntracityService) {}

  @Post('apply')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'intracity.apply',
    summary:
      'Open 同城配送 for the mini program (intracity.apply; the MP console can too): every other intracity call answers 48001 until it is open. Documented plain; sealed too when API security is configured (WeChat was seen refusing it plain)',
    errcodes: APPLY_ERRCODES,
    more: intracityErrors('intracity.apply', false),
  })
  apply(
    @AppIdParam() appId: string | undefined,
  ): Promise<IntracityEmptyResult> {
    return clientFor(this.intracity, appId).apply();
  }

  @Post('stores')
  @ApiWechatCall({
    api: 'intracity.createStore',
    created: true,
    summary: `Create a store from your outStoreId (intracity.createStore): its wxStoreId keys the orders and the balance. Sent once: after a 502/503/504 read it with GET …/stores?outStoreId= — creating it again answers 409 (934010) if it landed. ${SEALED}`,
    result: IntracityCreateStoreResultSchema,
    invalid: ['addressInfo should not be empty'],
    errcodes: CREATE_STORE_ERRCODES,
    unknownOutcomeAdvice: INTRACITY_STORE_OUTCOME_UNKNOWN_ADVICE,
    more: intracityErrors(
      'intracity.createStore',
      true,
      INTRACITY_STORE_OUTCOME_UNKNOWN_ADVICE,
    ),
  })
  create(
    @AppIdParam() appId: string | undefined,
    @Body() body: IntracityCreateStoreDto,
  ): Promise<IntracityCreateStoreResult> {
    return clientFor(this.intracity, appId).createStore(body);
  }

  @Get('stores')
  @ApiWechatCall({
    api: 'intracity.queryStore',
    summary: `One store by wxStoreId or outStoreId, or every store with neither (intracity.queryStore). ${SEALED}`,
    result: IntracityQueryStoreResultSchema,
    invalid: ['property shopId should not exist'],
    errcodes: QUERY_STORE_ERRCODES,
    more: intracityErrors('intracity.queryStore', true),
  })
  query(
    @AppIdParam() appId: string | undefined,
    @Query() query: IntracityQueryStoreDto,
  ): Promise<IntracityQueryStoreResult> {
    return clientFor(this.intracity, appId).queryStore(query);
  }

  @Put('stores/:wxStoreId')
  @ApiWxStoreIdParam()
  @ApiWechatCall({
    api: 'intracity.updateStore',
    summary: `Change a store's name, carrier preference or address (intracity.updateStore). ${SEALED}`,
    invalid: [
      'content must change at least one field (storeName, orderPattern, serviceTransPrefer, addressInfo)',
    ],
    errcodes: STORE_CHANGE_ERRCODES,
    more: intracityErrors('intracity.updateStore', true),
  })
  update(
    @AppIdParam() appId: string | undefined,
    @WxStoreIdParam() wxStoreId: string,
    @Body() content: IntracityStoreChangesDto,
  ): Promise<IntracityEmptyResult> {
    return clientFor(this.intracity, appId).updateStore({
      keys: { wxStoreId },
      content,
    });
  }
}
