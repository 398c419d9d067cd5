import { HttpModule, HttpService } from '@nestjs/axios';
import { CacheModule } from '@nestjs/cache-manager';
import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import { WechatLogisticsModule } from 'nestjs-wechat-logistics';
import { cacheOptionsFactory } from './config/cache-options.factory';
import { validateDemoEnv } from './config/demo-env';
import { DemoRedis } from './config/demo-redis';
import { DemoRedisModule } from './config/demo-redis.module';
import { queueModules } from './config/push-queue.module';
import { wechatOptionsFactory } from './config/wechat-options.factory';
import { OrderEventsController } from './events/order-events.controller';
import { FailedPushesController } from './events/failed-pushes.controller';
import { IntracityOrdersStore } from './events/intracity-orders.store';
import { LocalOrdersStore } from './events/local-orders.store';
import { PushEventsController } from './events/push-events.controller';
import { ReceivedEventsStore } from './events/received-events.store';
import { ShippingEventsController } from './events/shipping-events.controller';
import { ShippingEventsStore } from './events/shipping-events.store';
import { HealthController } from './health/health.controller';
import { IntracityCallbackController } from './intracity/intracity-callback.controller';
import { IntracityFundsController } from './intracity/intracity-funds.controller';
import { IntracityOrdersController } from './intracity/intracity-orders.controller';
import { IntracitySandboxOrdersController } from './intracity/intracity-sandbox-orders.controller';
import { IntracityStoresController } from './intracity/intracity-stores.controller';
import { LocalDeliveryAccountsController } from './local-delivery/local-delivery-accounts.controller';
import { LocalOrdersController } from './local-delivery/local-orders.controller';
import { LocalSandboxOrdersController } from './local-delivery/local-sandbox-orders.controller';
import { AccountsController } from './logistics/accounts.controller';
import { DeliveriesController } from './logistics/deliveries.controller';
import { OrdersController } from './logistics/orders.controller';
import { PrintersController } from './logistics/printers.controller';
import { SandboxOrdersController } from './logistics/sandbox-orders.controller';
import { LegacyReturnsController } from './returns/legacy-returns.controller';
import { ReturnsController } from './returns/returns.controller';
import { SandboxReturnsController } from './returns/sandbox-returns.controller';
import { SandboxModule } from './sandbox/sandbox.module';
import { SandboxService } from './sandbox/sandbox.service';
import { ShipmentsController } from './shipments/shipments.controller';
import { FamousBrandController } from './shipping/famous-brand.controller';
import { SandboxPaymentsController } from './shipping/sandbox-payments.controller';
import { ShippingOrdersController } from './shipping/shipping-orders.controller';
import { ShippingSettingsController } from './shipping/shipping-settings.controller';
import { TrackingController } from './tracking/tracking.controller';
import { ShipmentsStore } from './tracking/shipments.store';
import { TrackingFeed } from './tracking/tracking-feed';
import { WaybillLinksStore } from './tracking/waybill-links.store';
import { FollowWaybillController } from './waybill-tracking/follow-waybill.controller';
import { TraceWaybillController } from './waybill-tracking/trace-waybill.controller';
import { TrackingSetupController } from './waybill-tracking/tracking-setup.controller';

@Module({})
export class AppModule {
  /**
   * The demo, configured from `env` (main.ts passes `process.env`; tests pass their own,
   * so each test app is configured explicitly and none leaks into the next).
   */
  static register(
    env: Record<string, string | undefined> = process.env,
  ): DynamicModule {
    const { REDIS_URL, WECHAT_PUSH_DELIVERY, WECHAT_SHIPMENT_DELIVERY } =
      validateDemoEnv(env);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          skipProcessEnv: true,
          load: [() => validateDemoEnv(env)],
        }),
        // Access tokens live here: in memory for one process, Redis (REDIS_URL) for several.
        CacheModule.registerAsync({
          isGlobal: true,
          imports: [DemoRedisModule],
          inject: [DemoRedis],
          useFactory: cacheOptionsFactory,
        }),
        // The received push events live in Redis too when REDIS_URL is set.
        DemoRedisModule,
        // The emulator in sandbox mode (one instance: the library's options below import it too).
        SandboxModule,
        // Durable push delivery and durable shipments: BullMQ queues on the same Redis.
        ...(REDIS_URL
          ? queueModules(REDIS_URL, {
              pushes: WECHAT_PUSH_DELIVERY === 'queue',
              shipments: WECHAT_SHIPMENT_DELIVERY === 'queue',
            })
          : []),
        // Terminus's own error log would print every failed probe as an error; the 503 body says it all.
        TerminusModule.forRoot({ logger: false }),
        WechatLogisticsModule.forRootAsync({
          // HttpModule: used when WECHAT_HTTP_CLIENT=http-service
          imports: [SandboxModule, DemoRedisModule, HttpModule],
          inject: [ConfigService, SandboxService, DemoRedis, HttpService],
          useFactory: wechatOptionsFactory,
        }),
      ],
      controllers: [
        HealthController,
        OrdersController,
        DeliveriesController,
        AccountsController,
        PrintersController,
        SandboxOrdersController,
        ShippingOrdersController,
        ShippingSettingsController,
        FamousBrandController,
        SandboxPaymentsController,
        TraceWaybillController,
        FollowWaybillController,
        TrackingSetupController,
        ReturnsController,
        LegacyReturnsController,
        SandboxReturnsController,
        LocalDeliveryAccountsController,
        LocalOrdersController,
        LocalSandboxOrdersController,
        ShipmentsController,
        IntracityStoresController,
        IntracityFundsController,
        IntracityOrdersController,
        IntracitySandboxOrdersController,
        IntracityCallbackController,
        PushEventsController,
        FailedPushesController,
        OrderEventsController,
        ShippingEventsController,
        TrackingController,
      ],
      providers: [
        ReceivedEventsStore,
        ShippingEventsStore,
        LocalOrdersStore,
        IntracityOrdersStore,
        WaybillLinksStore,
        ShipmentsStore,
        TrackingFeed,
      ],
    };
  }
}
