/** Injection token of the validated options with every default filled in. */
export const RESOLVED_WECHAT_LOGISTICS_OPTIONS = Symbol(
  'RESOLVED_WECHAT_LOGISTICS_OPTIONS',
);

/** Injection token of the cache that stores access tokens (the app's CACHE_MANAGER, or a private memory cache). */
export const WECHAT_TOKEN_CACHE = Symbol('WECHAT_TOKEN_CACHE');

export const DEFAULT_API_BASE_URL = 'https://api.weixin.qq.com';
/** Inside a WeChat Cloud Hosting container the open API service answers plain HTTP. */
export const CLOUD_HOSTING_API_BASE_URL = 'http://api.weixin.qq.com';

/** The package's name and version, as telemetry reports them (a spec keeps the version equal to package.json's). */
export const LIBRARY_NAME = 'nestjs-wechat-logistics';
export const LIBRARY_VERSION = '0.1.0';

/** Injection token of the telemetry (OpenTelemetry when installed, else nothing). */
export const WECHAT_TELEMETRY = Symbol('WECHAT_TELEMETRY');
