import { Module, type OnModuleDestroy } from '@nestjs/common';
import { DiscoveryModule, ModuleRef } from '@nestjs/core';
import { AppRuntimeFactory } from './core/apps/app-runtime.factory';
import { WechatAppRegistry } from './core/apps/wechat-app-registry';
import { WechatApiCaller } from './core/caller/wechat-api.caller';
import { TokenFetcher } from './core/token/token-fetcher';
import { WechatLogisticsHealthIndicator } from './core/health/wechat-logistics.health-indicator';
import { WechatHttpClient } from './core/http/wechat-http.client';
import { WechatEventHandlerRegistry } from './events/wechat-event-handler-registry';
import { WechatEventDispatcher } from './events/wechat-event-dispatcher';
import { DurablePushQueue } from './events/queue/durable-push-queue';
import { WechatPushService } from './events/wechat-push.service';
import { ConfigurableModuleClass } from './wechat-logistics.module-definition';
import { wechatLogisticsProviders } from './wechat-logistics.providers';
import { WechatLogisticsService } from './logistics/wechat-logistics.service';
import { WechatShippingService } from './shipping/wechat-shipping.service';
import { WechatCarrierCodeService } from './carrier-codes/wechat-carrier-code.service';
import { carrierListProviders } from './carrier-codes/carrier-list.providers';
import { WechatReturnService } from './returns/wechat-return.service';
import { WechatWaybillTrackingService } from './waybill-tracking/wechat-waybill-tracking.service';
import { WechatLocalDeliveryService } from './local-delivery/wechat-local-delivery.service';
import { WechatIntracityService } from './intracity/wechat-intracity.service';
import { WechatShipmentService } from './shipment/wechat-shipment.service';
import { ShipmentRunner } from './shipment/shipment-runner';
import { DurableShipmentQueue } from './shipment/durable-shipment-queue';

/** One injectable client per API family, each with `forApp(appId)`: a new family adds its service here. */
const FAMILY_SERVICES = [
  WechatLogisticsService,
  WechatShippingService,
  WechatWaybillTrackingService,
  WechatReturnService,
  WechatLocalDeliveryService,
  WechatIntracityService,
  // Across families: the logistics assistant's carrier ids → 物流服务's and express_company's.
  WechatCarrierCodeService,
  // Across families: waybill → shipping info → buyer tracking, once per order.
  WechatShipmentService,
];

/**
 * `WechatLogisticsModule.forRoot(options)` or `.forRootAsync({ imports, inject, useFactory | useClass | useExisting })`;
 * `isGlobal: true` makes `WechatLogisticsService` injectable everywhere. Options are checked at bootstrap;
 * no token is fetched until the first call.
 */
@Module({
  imports: [DiscoveryModule],
  providers: [
    ...wechatLogisticsProviders,
    ...carrierListProviders,
    TokenFetcher,
    WechatApiCaller,
    AppRuntimeFactory,
    WechatAppRegistry,
    WechatEventHandlerRegistry,
    WechatEventDispatcher,
    DurablePushQueue,
    WechatPushService,
    ShipmentRunner,
    DurableShipmentQueue,
    ...FAMILY_SERVICES,
    WechatLogisticsHealthIndicator,
  ],
  exports: [
    ...FAMILY_SERVICES,
    WechatPushService,
    WechatLogisticsHealthIndicator,
  ],
})
export class WechatLogisticsModule
  extends ConfigurableModuleClass
  implements OnModuleDestroy
{
  constructor(private readonly moduleRef: ModuleRef) {
    super();
  }

  /** Closes the keep-alive sockets to WeChat so the app shuts down promptly. */
  onModuleDestroy(): void {
    this.moduleRef.get(WechatHttpClient).close();
  }
}
