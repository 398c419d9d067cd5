import {
  type WechatApiSecurityKeys,
  type WechatAppOptions,
} from 'nestjs-wechat-logistics';
import { DEMO_LOG_LEVELS, type DemoLogLevel } from '../logging/demo-logger';
import { DEMO_PLATFORMS, type DemoPlatform } from '../platform/demo-platform';
import {
  API_SECURITY_ENV_NAMES,
  type ApiSecuritySettings,
  loadApiSecurity,
} from './api-security-env';

/** The demo's environment, checked once at start so a typo names the variable instead of failing later. */
export interface DemoEnv {
  PORT: number;
  WECHAT_APP_ID?: string;
  WECHAT_APP_SECRET?: string;
  WECHAT_API_BASE_URL?: string;
  WECHAT_TIMEOUT_MS?: number;
  WECHAT_TOKEN_ENDPOINT?: 'stable' | 'classic';
  /** `node` (the library's own client) or `http-service` (through @nestjs/axios's HttpService). */
  WECHAT_HTTP_CLIENT: 'node' | 'http-service';
  REDIS_URL?: string;
  /**
   * `inline` (default): handlers run during WeChat's push. `queue`: durable delivery
   * through a BullMQ queue on REDIS_URL (retries, a failed set to list and replay).
   */
  WECHAT_PUSH_DELIVERY: 'inline' | 'queue';
  /** Queue delivery: handler runs per event before it joins the failed set (library default 8). */
  WECHAT_PUSH_QUEUE_ATTEMPTS?: number;
  /** Queue delivery: wait before the first retry, doubling (library default 1000). */
  WECHAT_PUSH_QUEUE_BACKOFF_MS?: number;
  /**
   * `inline` (default): `POST /shipments` runs the steps while the request
   * waits. `queue`: durable shipments through a BullMQ queue of their own on
   * REDIS_URL, so `POST /shipments?wait=false` answers once the shipment is
   * recorded and the steps run there with retries.
   */
  WECHAT_SHIPMENT_DELIVERY: 'inline' | 'queue';
  WECHAT_PUSH_TOKEN?: string;
  WECHAT_PUSH_AES_KEY?: string;
  /**
   * API security (服务端API安全鉴权) for the default mini program, which
   * 同城配送 requires: WECHAT_API_AES_KEY, WECHAT_API_AES_SN,
   * WECHAT_API_PRIVATE_KEY_FILE, WECHAT_API_PLATFORM_CERTS (`SN=path[,SN=path]`)
   * and optionally WECHAT_API_RSA_SN, read and checked at start (api-security-env.ts).
   */
  WECHAT_API_SECURITY?: WechatApiSecurityKeys;
  /**
   * More mini programs, for `/logistics/apps/:appId/…`: a JSON array of
   * `{ appId, appSecret, pushToken?, encodingAesKey?, apiSecurity? }` (the library checks each field at start);
   * `apiSecurity` is `{ aesKey, aesSn, privateKeyFile, rsaSn?, platformCerts? }`,
   * platformCerts WECHAT_API_PLATFORM_CERTS's by default.
   */
  WECHAT_EXTRA_APPS: WechatAppOptions[];
  /**
   * 即时配送's carrier-account secrets, for `delivery_sign`: a JSON object
   * `{ "<shopid>": "<AppSecret>" }`, for every mini program. The sandbox shop
   * `test_shop_id` needs none (the library knows its public secret).
   */
  LOCAL_DELIVERY_SHOP_SECRETS: Record<string, string>;
  /**
   * The logistics assistant's deliveryId → the carrier's code in 物流服务 and
   * 发货信息管理 (`express_company`): a JSON object `{ "YUNDA": "YD" }`, for
   * the library's `carrierCodes` (`POST /shipments` needs its carrier mapped).
   * Sandbox mode adds `TEST` → `TEST` itself.
   */
  CARRIER_CODES: Record<string, string>;
  /** `log` by default: log, warn and error. */
  LOG_LEVEL: DemoLogLevel;
  LOG_FORMAT: 'text' | 'json';
  /** `express` by default. */
  HTTP_ADAPTER: DemoPlatform;
  /** Time a client has to send a whole request; slower ones get 408 (platform/request-timeouts.ts). */
  HTTP_BODY_TIMEOUT_MS?: number;
  /** Most live-tracking streams open at once on this instance (default 100). */
  TRACKING_MAX_SUBSCRIBERS?: number;
}

export function validateDemoEnv(
  raw: Record<string, string | undefined>,
): DemoEnv {
  const text = (name: string): string | undefined => {
    const value = raw[name];
    return typeof value === 'string' && value.trim() !== ''
      ? value.trim()
      : undefined;
  };
  const positiveInt = (name: string): number | undefined => {
    const value = text(name);
    if (value === undefined) return undefined;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed <= 0)
      throw new Error(
        `Environment variable ${name} must be a positive integer`,
      );
    return parsed;
  };
  const tokenEndpoint = text('WECHAT_TOKEN_ENDPOINT');
  if (
    tokenEndpoint !== undefined &&
    tokenEndpoint !== 'stable' &&
    tokenEndpoint !== 'classic'
  ) {
    throw new Error(
      `Environment variable WECHAT_TOKEN_ENDPOINT must be 'stable' or 'classic'`,
    );
  }
  const httpClient = text('WECHAT_HTTP_CLIENT') ?? 'node';
  if (httpClient !== 'node' && httpClient !== 'http-service') {
    throw new Error(
      `Environment variable WECHAT_HTTP_CLIENT must be 'node' or 'http-service'`,
    );
  }
  const pushDelivery = text('WECHAT_PUSH_DELIVERY') ?? 'inline';
  if (pushDelivery !== 'inline' && pushDelivery !== 'queue') {
    throw new Error(
      `Environment variable WECHAT_PUSH_DELIVERY must be 'inline' or 'queue'`,
    );
  }
  const shipmentDelivery = text('WECHAT_SHIPMENT_DELIVERY') ?? 'inline';
  if (shipmentDelivery !== 'inline' && shipmentDelivery !== 'queue') {
    throw new Error(
      `Environment variable WECHAT_SHIPMENT_DELIVERY must be 'inline' or 'queue'`,
    );
  }
  const logLevel = text('LOG_LEVEL') ?? 'log';
  if (!DEMO_LOG_LEVELS.includes(logLevel as DemoLogLevel)) {
    throw new Error(
      `Environment variable LOG_LEVEL must be one of ${DEMO_LOG_LEVELS.join(', ')}`,
    );
  }
  const logFormat = text('LOG_FORMAT') ?? 'text';
  if (logFormat !== 'text' && logFormat !== 'json') {
    throw new Error(`Environment variable LOG_FORMAT must be 'text' or 'json'`);
  }
  const platform = text('HTTP_ADAPTER') ?? 'express';
  if (!DEMO_PLATFORMS.includes(platform as DemoPlatform)) {
    throw new Error(
      `Environment variable HTTP_ADAPTER must be 'express' or 'fastify'`,
    );
  }
  const env: DemoEnv = {
    PORT: positiveInt('PORT') ?? 3000,
    WECHAT_APP_ID: text('WECHAT_APP_ID'),
    WECHAT_APP_SECRET: text('WECHAT_APP_SECRET'),
    WECHAT_API_BASE_URL: text('WECHAT_API_BASE_URL'),
    WECHAT_TIMEOUT_MS: positiveInt('WECHAT_TIMEOUT_MS'),
    WECHAT_TOKEN_ENDPOINT: tokenEndpoint,
    WECHAT_HTTP_CLIENT: httpClient,
    REDIS_URL: text('REDIS_URL'),
    WECHAT_PUSH_DELIVERY: pushDelivery,
    WECHAT_PUSH_QUEUE_ATTEMPTS: positiveInt('WECHAT_PUSH_QUEUE_ATTEMPTS'),
    WECHAT_PUSH_QUEUE_BACKOFF_MS: positiveInt('WECHAT_PUSH_QUEUE_BACKOFF_MS'),
    WECHAT_SHIPMENT_DELIVERY: shipmentDelivery,
    WECHAT_PUSH_TOKEN: text('WECHAT_PUSH_TOKEN'),
    WECHAT_PUSH_AES_KEY: text('WECHAT_PUSH_AES_KEY'),
    WECHAT_API_SECURITY: envApiSecurity(text),
    WECHAT_EXTRA_APPS: extraApps(
      text('WECHAT_EXTRA_APPS'),
      text('WECHAT_API_PLATFORM_CERTS'),
    ),
    LOCAL_DELIVERY_SHOP_SECRETS: jsonStringMap(
      'LOCAL_DELIVERY_SHOP_SECRETS',
      text('LOCAL_DELIVERY_SHOP_SECRETS'),
      '{"<shopid>":"<carrier AppSecret>"}, each shopid (the carrier appkey) mapped to its AppSecret',
    ),
    CARRIER_CODES: jsonStringMap(
      'CARRIER_CODES',
      text('CARRIER_CODES'),
      '{"YUNDA":"YD"}, the logistics assistant\'s deliveryId mapped to the carrier code of get_delivery_list',
    ),
    LOG_LEVEL: logLevel as DemoLogLevel,
    LOG_FORMAT: logFormat,
    HTTP_ADAPTER: platform as DemoPlatform,
    HTTP_BODY_TIMEOUT_MS: positiveInt('HTTP_BODY_TIMEOUT_MS'),
    TRACKING_MAX_SUBSCRIBERS: positiveInt('TRACKING_MAX_SUBSCRIBERS'),
  };
  if (env.REDIS_URL && !/^rediss?:\/\/[^/]/.test(env.REDIS_URL)) {
    throw new Error(
      'Environment variable REDIS_URL must be a redis:// or rediss:// URL',
    );
  }
  if (env.WECHAT_PUSH_DELIVERY === 'queue' && !env.REDIS_URL) {
    throw new Error(
      'Environment variable WECHAT_PUSH_DELIVERY=queue needs REDIS_URL (the queue lives in Redis)',
    );
  }
  if (env.WECHAT_SHIPMENT_DELIVERY === 'queue' && !env.REDIS_URL) {
    throw new Error(
      'Environment variable WECHAT_SHIPMENT_DELIVERY=queue needs REDIS_URL (the queue lives in Redis)',
    );
  }
  if (env.WECHAT_APP_ID && !env.WECHAT_APP_SECRET) {
    throw new Error(
      'Environment variable WECHAT_APP_SECRET is required when WECHAT_APP_ID is set',
    );
  }
  return env;
}

/** The default app's API security from WECHAT_API_*; errors say "Environment variable …". */
function envApiSecurity(
  text: (name: string) => string | undefined,
): WechatApiSecurityKeys | undefined {
  try {
    return loadApiSecurity(
      {
        aesKey: text(API_SECURITY_ENV_NAMES.aesKey),
        aesSn: text(API_SECURITY_ENV_NAMES.aesSn),
        privateKeyFile: text(API_SECURITY_ENV_NAMES.privateKeyFile),
        rsaSn: text(API_SECURITY_ENV_NAMES.rsaSn),
        platformCerts: text(API_SECURITY_ENV_NAMES.platformCerts),
      },
      API_SECURITY_ENV_NAMES,
    );
  } catch (error) {
    throw new Error(`Environment variable ${(error as Error).message}`);
  }
}

const EXTRA_APP_FIELDS = [
  'appId',
  'appSecret',
  'pushToken',
  'encodingAesKey',
  'apiSecurity',
];
const EXTRA_APP_SECURITY_FIELDS: readonly (keyof ApiSecuritySettings)[] = [
  'aesKey',
  'aesSn',
  'privateKeyFile',
  'rsaSn',
  'platformCerts',
];

/** `WECHAT_EXTRA_APPS`, parsed; its errors name the entry and field, never a value (they hold secrets). */
function extraApps(
  value: string | undefined,
  platformCerts: string | undefined,
): WechatAppOptions[] {
  if (value === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new Error(
      'Environment variable WECHAT_EXTRA_APPS must be JSON: [{"appId":"wx…","appSecret":"…"}]',
    );
  }
  if (!Array.isArray(parsed))
    throw new Error(
      'Environment variable WECHAT_EXTRA_APPS must be a JSON array of { appId, appSecret, pushToken?, encodingAesKey? }',
    );
  return parsed.map((entry: unknown, index) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
      throw new Error(
        `Environment variable WECHAT_EXTRA_APPS[${index}] must be an object`,
      );
    for (const [key, field] of Object.entries(entry)) {
      if (!EXTRA_APP_FIELDS.includes(key))
        throw new Error(
          `Environment variable WECHAT_EXTRA_APPS[${index}] has an unknown field "${key.slice(0, 40)}" (known: ${EXTRA_APP_FIELDS.join(', ')})`,
        );
      if (typeof field !== 'string' && key !== 'apiSecurity')
        throw new Error(
          `Environment variable WECHAT_EXTRA_APPS[${index}].${key} must be a string`,
        );
    }
    const { apiSecurity, ...app } = entry as Record<string, unknown>;
    if (apiSecurity === undefined) return app as unknown as WechatAppOptions;
    const field = `WECHAT_EXTRA_APPS[${index}].apiSecurity`;
    try {
      return {
        ...(app as unknown as WechatAppOptions),
        apiSecurity: loadApiSecurity(
          { platformCerts, ...extraAppSecurity(apiSecurity, field) },
          {
            aesKey: `${field}.aesKey`,
            aesSn: `${field}.aesSn`,
            privateKeyFile: `${field}.privateKeyFile`,
            rsaSn: `${field}.rsaSn`,
            platformCerts: `${field}.platformCerts (or WECHAT_API_PLATFORM_CERTS)`,
          },
        ),
      };
    } catch (error) {
      throw new Error(`Environment variable ${(error as Error).message}`);
    }
  });
}

/** An extra app's `apiSecurity` object: its known fields, each a string. */
function extraAppSecurity(value: unknown, field: string): ApiSecuritySettings {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(
      `${field} must be an object { aesKey, aesSn, privateKeyFile, rsaSn?, platformCerts? }`,
    );
  for (const [key, setting] of Object.entries(value)) {
    if (!(EXTRA_APP_SECURITY_FIELDS as readonly string[]).includes(key))
      throw new Error(
        `${field} has an unknown field "${key.slice(0, 40)}" (known: ${EXTRA_APP_SECURITY_FIELDS.join(', ')})`,
      );
    if (typeof setting !== 'string' || setting.trim() === '')
      throw new Error(`${field}.${key} must be a non-empty string`);
  }
  return value;
}

/**
 * A variable holding a JSON object of non-empty strings (`{}` when unset).
 * Its errors name the variable and show `example`, never the value: it may
 * hold secrets. An entry is named only by its position, for the same reason.
 */
function jsonStringMap(
  name: string,
  value: string | undefined,
  example: string,
): Record<string, string> {
  if (value === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new Error(`Environment variable ${name} must be JSON: ${example}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error(
      `Environment variable ${name} must be a JSON object of strings: ${example}`,
    );
  Object.values(parsed).forEach((entry: unknown, index) => {
    if (typeof entry !== 'string' || entry === '')
      throw new Error(
        `Environment variable ${name}: entry number ${index + 1} must be a non-empty string (${example})`,
      );
  });
  return parsed as Record<string, string>;
}
