import {
  type AccessTokenProvider,
  type TokenEndpoint,
  type WechatHttpService,
  type WechatTokenLock,
} from '../interfaces';

/** The module's options after validation, every default filled in. */
export interface ResolvedWechatLogisticsOptions {
  readonly appId: string | undefined;
  readonly appSecret: string | undefined;
  /** Without a trailing slash. */
  readonly apiBaseUrl: string;
  readonly timeoutMs: number;
  readonly callBudgetMs: number;
  readonly tokenEndpoint: TokenEndpoint;
  readonly accessTokenProvider: AccessTokenProvider | undefined;
  readonly tokenExpiryMarginSeconds: number;
  readonly tokenFailureCooldownMs: number;
  /** Undefined: the module uses an in-memory lock. */
  readonly tokenLock: WechatTokenLock | undefined;
  readonly tokenStoreTimeoutMs: number;
  readonly retry: {
    readonly maxAttempts: number;
    readonly baseDelayMs: number;
    readonly maxDelayMs: number;
  };
  readonly maxSockets: number;
  /** Undefined: requests go through Node's own HTTP client. */
  readonly httpService: WechatHttpService | undefined;
  /** Undefined when no `pushToken` is configured: push handling is off. */
  readonly push: ResolvedPushOptions | undefined;
}

export interface ResolvedPushOptions {
  readonly token: string;
  readonly encodingAesKey: string | undefined;
  readonly mode: 'plain' | 'compatible' | 'safe';
  readonly format: 'xml' | 'json' | 'any';
  readonly timestampToleranceSeconds: number;
  readonly maxBodyBytes: number;
  readonly handlerTimeoutMs: number;
  readonly dedupeTtlSeconds: number;
}
