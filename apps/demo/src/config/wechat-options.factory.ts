import { type HttpService } from '@nestjs/axios';
import { type ConfigService } from '@nestjs/config';
import {
  RedisPushClaim,
  RedisTokenLock,
  WECHAT_PUSH_QUEUE,
  WECHAT_SHIPMENT_QUEUE,
  type WechatLogisticsModuleOptions,
} from 'nestjs-wechat-logistics';
import { type DemoEnv } from './demo-env';
import { type DemoRedis } from './demo-redis';
import {
  SANDBOX_DEMO_ORDER,
  type SandboxService,
} from '../sandbox/sandbox.service';

/** WeChat's sandbox carrier (the demo order's). */
const SANDBOX_CARRIER = SANDBOX_DEMO_ORDER.deliveryId;

/**
 * Builds the library's options from the environment, or from the sandbox emulator when no AppID is set.
 * With `REDIS_URL` the instances also share a token lock, so one of them refreshes for all;
 * with `WECHAT_HTTP_CLIENT=http-service` every request goes through the app's HttpService.
 */
export function wechatOptionsFactory(
  config: ConfigService<DemoEnv, true>,
  sandbox: SandboxService,
  redis: DemoRedis,
  http: HttpService,
): WechatLogisticsModuleOptions {
  const timeoutMs = config.get('WECHAT_TIMEOUT_MS', { infer: true });
  const tokenEndpoint = config.get('WECHAT_TOKEN_ENDPOINT', { infer: true });
  const tokenLock = redis.client ? new RedisTokenLock(redis.client) : undefined;
  // With Redis the instances also claim each push there, so one of them handles it.
  const pushClaim = redis.client ? new RedisPushClaim(redis.client) : undefined;
  // Durable delivery: the queue BullModule registered (see push-queue.module.ts).
  const pushDelivery =
    config.get('WECHAT_PUSH_DELIVERY', { infer: true }) === 'queue'
      ? {
          queue: WECHAT_PUSH_QUEUE,
          attempts: config.get('WECHAT_PUSH_QUEUE_ATTEMPTS', { infer: true }),
          backoffMs: config.get('WECHAT_PUSH_QUEUE_BACKOFF_MS', {
            infer: true,
          }),
        }
      : 'inline';
  // Durable shipments: their own queue, registered beside the pushes' (see push-queue.module.ts).
  const shipments =
    config.get('WECHAT_SHIPMENT_DELIVERY', { infer: true }) === 'queue'
      ? { shipments: { queue: WECHAT_SHIPMENT_QUEUE } }
      : {};
  const httpService =
    config.get('WECHAT_HTTP_CLIENT', { infer: true }) === 'http-service'
      ? http
      : undefined;
  // 即时配送's delivery_sign secrets, for every app (the module's level); none needed for test_shop_id.
  const shopSecrets = config.get('LOCAL_DELIVERY_SHOP_SECRETS', {
    infer: true,
  });
  const localDelivery =
    Object.keys(shopSecrets).length > 0
      ? { localDelivery: { shopSecrets } }
      : {};
  const carrierCodes = config.get('CARRIER_CODES', { infer: true });
  const emulator = sandbox.emulator;
  if (emulator) {
    return {
      appId: emulator.appId,
      appSecret: emulator.appSecret,
      apiBaseUrl: emulator.url,
      timeoutMs,
      tokenEndpoint,
      tokenLock,
      pushClaim,
      pushDelivery,
      ...shipments,
      httpService,
      // The sandbox's emulator pushes to the demo with these (see SandboxService.connectPush).
      pushToken: sandbox.pushToken,
      encodingAesKey: sandbox.encodingAesKey,
      // A second emulated mini program, for the multi-app routes.
      apps: [{ ...sandbox.secondApp, apiSecurity: sandbox.apiSecurity }],
      // 同城配送 is sealed: keys the emulator's console holds too.
      apiSecurity: sandbox.apiSecurity,
      // WeChat's sandbox carrier TEST has the same code in every family (POST /shipments needs it mapped).
      carrierCodes: { [SANDBOX_CARRIER]: SANDBOX_CARRIER, ...carrierCodes },
      ...localDelivery,
    };
  }
  const pushToken = config.get('WECHAT_PUSH_TOKEN', { infer: true });
  // API security (同城配送 needs it): keys read from WECHAT_API_* at start.
  const apiSecurity = config.get('WECHAT_API_SECURITY', { infer: true });
  const encodingAesKey = config.get('WECHAT_PUSH_AES_KEY', { infer: true });
  return {
    appId: config.get('WECHAT_APP_ID', { infer: true }),
    appSecret: config.get('WECHAT_APP_SECRET', { infer: true }),
    apiBaseUrl: config.get('WECHAT_API_BASE_URL', { infer: true }),
    timeoutMs,
    tokenEndpoint,
    tokenLock,
    pushClaim,
    pushDelivery,
    ...shipments,
    httpService,
    pushToken,
    encodingAesKey,
    apps: config.get('WECHAT_EXTRA_APPS', { infer: true }),
    ...(Object.keys(carrierCodes).length > 0 && { carrierCodes }),
    ...localDelivery,
    ...(apiSecurity && { apiSecurity }),
  };
}
