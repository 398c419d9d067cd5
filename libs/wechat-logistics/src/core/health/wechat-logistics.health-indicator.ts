import { Inject, Injectable } from '@nestjs/common';
import { WechatAppRegistry } from '../apps/wechat-app-registry';
import {
  WechatApiError,
  WechatTransportError,
  WechatUnknownAppError,
  findErrcode,
} from '../errors';
import { type ResolvedWechatLogisticsOptions } from '../options/resolved-options';
import { type TokenProbe } from '../token/token-source';
import { RESOLVED_WECHAT_LOGISTICS_OPTIONS } from '../../wechat-logistics.constants';

/** One check of a Terminus health result: `{ [key]: { status, …details } }`. */
export type WechatHealthIndicatorResult<Key extends string = string> = Record<
  Key,
  { status: 'up' | 'down'; [detail: string]: unknown }
>;

export interface WechatHealthCheckOptions {
  /**
   * Longest wait for a token when none is at hand, in milliseconds.
   * @default the smaller of `timeoutMs` and 3000
   */
  timeoutMs?: number;
  /** The mini program to check (from `apps` or `resolveApp`). @default the default app */
  appId?: string;
}

/**
 * Readiness for `@nestjs/terminus`: up when calls to WeChat can get a token
 * (one at hand, in the shared store, or fetched within a short wait) and the
 * shared token store answers (a store that answers reads but refuses writes
 * leaves it up, with a `store` detail saying so: calls still succeed); down
 * with the reason (the token endpoint's
 * errcode, the breaker holding token requests back, the store unreachable, a
 * transport failure) and never a secret or token.
 *
 * It returns Terminus's result shape without importing Terminus, so apps
 * without it lose nothing:
 * ```ts
 * @Get('ready') @HealthCheck()
 * ready() { return this.health.check([() => this.wechat.isHealthy('wechat')]); }
 * ```
 * A probe every few seconds costs no token fetch: a token at hand, or an
 * open breaker after a token error, answers at once.
 */
@Injectable()
export class WechatLogisticsHealthIndicator {
  constructor(
    private readonly apps: WechatAppRegistry,
    @Inject(RESOLVED_WECHAT_LOGISTICS_OPTIONS)
    private readonly options: ResolvedWechatLogisticsOptions,
  ) {}

  async isHealthy<Key extends string = 'wechat'>(
    key: Key = 'wechat' as Key,
    options: WechatHealthCheckOptions = {},
  ): Promise<WechatHealthIndicatorResult<Key>> {
    const timeoutMs =
      options.timeoutMs ?? Math.min(this.options.timeoutMs, 3000);
    const probe = await this.probe(options.appId, Date.now() + timeoutMs);
    return { [key]: describe(probe) } as WechatHealthIndicatorResult<Key>;
  }

  private async probe(
    appId: string | undefined,
    deadline: number,
  ): Promise<TokenProbe> {
    let runtime;
    try {
      runtime =
        appId === undefined
          ? this.apps.requireDefault()
          : await this.apps.get(appId);
    } catch (failure) {
      return { ready: false, failure };
    }
    // Under Cloud Hosting there is no token to have: the platform supplies it per call.
    return runtime.tokens ? runtime.tokens.probe(deadline) : { ready: true };
  }
}

function describe(probe: TokenProbe): WechatHealthIndicatorResult[string] {
  if (probe.ready)
    return probe.storeRefusesWrites
      ? {
          status: 'up',
          store:
            'the shared token store refuses writes: tokens it holds are still shared, new ones stay in each instance',
        }
      : { status: 'up' };
  if ('storeDown' in probe)
    return {
      status: 'down',
      reason:
        'the shared token store does not answer: instances no longer share one access token',
    };
  const { failure, until } = probe;
  const paused =
    until === undefined
      ? ''
      : `; token requests paused until ${new Date(until).toISOString()}`;
  if (failure instanceof WechatApiError) {
    const meaning =
      findErrcode(failure.errcode, failure.api)?.meaning ?? 'unknown errcode';
    return {
      status: 'down',
      reason: `the token endpoint answered errcode ${failure.errcode}: ${meaning}${paused}`,
      errcode: failure.errcode,
    };
  }
  if (failure instanceof WechatTransportError)
    return {
      status: 'down',
      reason: `no access token: ${failure.message}`,
      failure: failure.failure,
    };
  if (failure instanceof WechatUnknownAppError)
    return { status: 'down', reason: failure.message };
  // accessTokenProvider's (or resolveApp's) own error: only its class name, its message is not ours to show.
  const name = failure instanceof Error ? failure.name : typeof failure;
  return { status: 'down', reason: `no access token (${name})` };
}
