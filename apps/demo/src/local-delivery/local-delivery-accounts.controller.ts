import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type GetAllImmeDeliveryResult,
  type GetBindAccountResult,
  LocalBindAccountDto,
  type LocalBindAccountResult,
  type OpenDeliveryResult,
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
  BIND_ACCOUNT_ERRCODES,
  CARRIER_LIST_ERRCODES,
  OPEN_DELIVERY_ERRCODES,
} from './local-delivery-route-errcodes';
import { localDeliveryErrors } from './local-delivery-route-errors';
import {
  GetAllImmeDeliveryResultSchema,
  GetBindAccountResultSchema,
} from './local-delivery-results';

/**
 * 即时配送's setup: the carriers WeChat offers, the carrier accounts (shops)
 * bound to the mini program, and the two calls only a third-party platform
 * may make (bind an account, open the capability). Unsigned.
 */
@ApiTags('local-delivery')
@ApiAppIdParam()
@Controller(forDefaultAndApps('', 'local-delivery'))
export class LocalDeliveryAccountsController {
  constructor(private readonly local: WechatLocalDeliveryService) {}

  @Get('carriers')
  @ApiWechatCall({
    api: 'localDelivery.getAllImmeDelivery',
    summary:
      'The carriers 即时配送 offers: SFTC, SS, MTPS, DADA, UU (localDelivery.getAllImmeDelivery)',
    result: GetAllImmeDeliveryResultSchema,
    errcodes: CARRIER_LIST_ERRCODES,
    more: localDeliveryErrors('localDelivery.getAllImmeDelivery', false),
  })
  carriers(
    @AppIdParam() appId: string | undefined,
  ): Promise<GetAllImmeDeliveryResult> {
    return clientFor(this.local, appId).getAllImmeDelivery();
  }

  @Get('shops')
  @ApiWechatCall({
    api: 'localDelivery.getBindAccount',
    summary:
      'The carrier accounts bound in the console, each shopId (the carrier appkey) with its audit state (localDelivery.getBindAccount)',
    result: GetBindAccountResultSchema,
    errcodes: CARRIER_LIST_ERRCODES,
    more: localDeliveryErrors('localDelivery.getBindAccount', false),
  })
  shops(
    @AppIdParam() appId: string | undefined,
  ): Promise<GetBindAccountResult> {
    return clientFor(this.local, appId).getBindAccount();
  }

  @Post('shops/bind')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'localDelivery.bindAccount',
    // bindAccount is the logistics assistant's route; WeChat's own name for this one.
    operationId: 'bindLocalAccount',
    summary:
      "Start binding a carrier account (localDelivery.bindAccount): third-party platforms only (else 86000); the merchant's admin finishes on the carrier's site",
    invalid: ['deliveryId should not be empty', 'deliveryId must be a string'],
    errcodes: BIND_ACCOUNT_ERRCODES,
    more: localDeliveryErrors('localDelivery.bindAccount', false),
  })
  bind(
    @AppIdParam() appId: string | undefined,
    @Body() body: LocalBindAccountDto,
  ): Promise<LocalBindAccountResult> {
    return clientFor(this.local, appId).bindAccount(body);
  }

  @Post('shops/open')
  @HttpCode(200)
  @ApiWechatCall({
    api: 'localDelivery.openDelivery',
    summary:
      'Open 即时配送 for the merchant (localDelivery.openDelivery): third-party platforms only (else 86000)',
    errcodes: OPEN_DELIVERY_ERRCODES,
    more: localDeliveryErrors('localDelivery.openDelivery', false),
  })
  open(@AppIdParam() appId: string | undefined): Promise<OpenDeliveryResult> {
    return clientFor(this.local, appId).openDelivery();
  }
}
