import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type AppApiSecurity,
  isSealed,
  securityModeOf,
} from '../api-security/app-api-security';
import { type CallSecurity } from '../api-security/call-security';
import {
  TOKEN_REJECTED_ERRCODES,
  WechatApiError,
  WechatApiSecurityError,
  WechatTransportError,
  findErrcode,
} from '../errors';
import {
  type UpstreamReply,
  WechatHttpClient,
} from '../http/wechat-http.client';
import { failureFields, logFields } from '../logging/log-fields';
import { type ResolvedWechatLogisticsOptions } from '../options/resolved-options';
import { type WechatTelemetry } from '../telemetry/wechat-telemetry.interface';
import { sleep } from '../timing/deadline';
import {
  RESOLVED_WECHAT_LOGISTICS_OPTIONS,
  WECHAT_TELEMETRY,
} from '../../wechat-logistics.constants';
import { readErrcode } from '../wire/reply-fields';
import { backoffDelayMs } from './backoff';
import { type CallCredential } from './call-credential';
import { type EndpointDefinition } from './endpoint-definition';

/**
 * Calls one WeChat endpoint for one app (its {@link CallCredential}), within
 * the call's time budget:
 * - a rejected token (40001 / 40014 / 42001) is replaced once and the request repeated once;
 * - system busy (-1) is retried with backoff, a bounded number of times
 *   (unless the endpoint says `retryBusy: false`);
 * - for reads, timeouts and resets are retried the same way;
 * - any other non-zero errcode becomes a {@link WechatApiError}.
 * A missing errcode counts as 0 (several endpoints omit it on success).
 * With API security (the app's `apiSecurity`, the endpoint's mode), each
 * attempt is sealed afresh and its reply verified and decrypted before the
 * errcode is read; a reply that fails verification is never retried.
 */
@Injectable()
export class WechatApiCaller {
  private readonly logger = new Logger('WechatLogistics');

  constructor(
    private readonly http: WechatHttpClient,
    @Inject(RESOLVED_WECHAT_LOGISTICS_OPTIONS)
    private readonly options: ResolvedWechatLogisticsOptions,
    @Inject(WECHAT_TELEMETRY) private readonly telemetry: WechatTelemetry,
  ) {}

  async call(
    credential: CallCredential,
    spec: EndpointDefinition,
    body?: unknown,
    security?: CallSecurity,
  ): Promise<UpstreamReply> {
    const sealer = sealerFor(spec, security);
    const calledAt = Date.now();
    const deadline = calledAt + this.options.callBudgetMs;
    let query =
      credential.inHand(calledAt) ??
      (await credential.obtain(this.attemptDeadline(spec, deadline, calledAt)));
    let tokenReplaced = false;
    let attempt = 0;
    let outcomeUnknown = false;
    for (;;) {
      attempt += 1;
      // Outside the try: a budget used up before sending is no attempt to log or retry.
      const startedAt = Date.now();
      const timeoutMs =
        this.attemptDeadline(spec, deadline, startedAt) - startedAt;
      const traced = this.telemetry.attempt(
        spec.api,
        spec.method,
        spec.path,
        attempt,
      );
      let reply: UpstreamReply;
      try {
        reply = sealer
          ? await this.sealedRequest(sealer, spec, query, body, timeoutMs)
          : await this.http.request({
              api: spec.api,
              method: spec.method,
              path: spec.path,
              query,
              body,
              timeoutMs,
            });
      } catch (error) {
        traced.end({ error });
        this.logAttempt(
          credential,
          spec,
          attempt,
          startedAt,
          logFields(failureFields(error)),
        );
        const delay = this.retryDelay(attempt, deadline);
        if (
          error instanceof WechatTransportError &&
          // WeChat (or something in its place) did answer: not a lost reply to repeat.
          error.failure !== 'unverified-response' &&
          spec.safeToRepeat &&
          delay !== undefined
        ) {
          outcomeUnknown = true;
          await sleep(delay);
          continue;
        }
        throw error;
      }
      const errcode = readErrcode(reply);
      traced.end({ errcode });
      this.logAttempt(
        credential,
        spec,
        attempt,
        startedAt,
        `errcode=${errcode}`,
      );
      if (errcode === 0) return reply;

      if (TOKEN_REJECTED_ERRCODES.has(errcode) && !tokenReplaced) {
        tokenReplaced = true;
        const replacement = await credential.replaceRejected(
          query,
          this.attemptDeadline(spec, deadline, Date.now()),
        );
        if (replacement !== undefined) {
          query = replacement;
          attempt -= 1; // the token retry is not a busy retry: it has its own limit of one
          continue;
        }
      }
      if (outcomeUnknown && spec.doneOnRetryErrcodes?.has(errcode))
        return { errcode: 0, errmsg: 'ok' };
      const delay =
        findErrcode(errcode, spec.api)?.retryable && spec.retryBusy !== false
          ? this.retryDelay(attempt, deadline)
          : undefined;
      if (delay !== undefined) {
        outcomeUnknown = true;
        await sleep(delay);
        continue;
      }
      throw new WechatApiError({
        errcode,
        errmsg: typeof reply.errmsg === 'string' ? reply.errmsg : '',
        api: spec.api,
        deliveryResultcode:
          typeof reply.delivery_resultcode === 'number'
            ? reply.delivery_resultcode
            : undefined,
        deliveryResultmsg:
          typeof reply.delivery_resultmsg === 'string'
            ? reply.delivery_resultmsg
            : undefined,
        attempts: attempt,
        viaCloudHosting: credential.viaCloudHosting,
      });
    }
  }

  /** One sealed attempt: a fresh timestamp, nonce and IV; the reply believed only once verified. */
  private async sealedRequest(
    sealer: AppApiSecurity,
    spec: EndpointDefinition,
    query: string,
    body: unknown,
    timeoutMs: number,
  ): Promise<UpstreamReply> {
    const sealed = await sealer.seal(spec, query, body);
    const received = await this.http.exchange({
      api: spec.api,
      method: sealed.method,
      path: spec.path,
      query,
      bodyText: sealed.body,
      headers: sealed.headers,
      timeoutMs,
    });
    return sealer.open(spec, sealed, received);
  }

  /** Each request (or token wait) gets `timeoutMs`, but never beyond the call's deadline. */
  private attemptDeadline(
    spec: EndpointDefinition,
    deadline: number,
    now: number,
  ): number {
    if (deadline <= now) {
      throw new WechatTransportError(
        'timeout',
        spec.api,
        `call budget of ${this.options.callBudgetMs} ms used up`,
      );
    }
    return Math.min(now + this.options.timeoutMs, deadline);
  }

  /** The backoff before another attempt, or `undefined` when attempts or budget do not allow one. */
  private retryDelay(attempt: number, deadline: number): number | undefined {
    const { maxAttempts, baseDelayMs, maxDelayMs } = this.options.retry;
    if (attempt >= maxAttempts) return undefined;
    const delay = backoffDelayMs(attempt, baseDelayMs, maxDelayMs);
    // Retry only when a full attempt still fits in the budget: failing now with
    // the real error beats sleeping into an attempt the budget would cut short.
    return deadline - Date.now() >= delay + this.options.timeoutMs
      ? delay
      : undefined;
  }

  /**
   * One debug line per request sent: `WeChat call api=… attempt=… errcode=…|failure=… latencyMs=…`.
   * Built from plain numbers and a per-endpoint prefix, so it costs next to
   * nothing when debug is off (whether it is depends on the app's logger, so
   * it is not asked here; `Logger.isLevelEnabled` says false for a default app
   * that does print debug).
   */
  private logAttempt(
    credential: CallCredential,
    spec: EndpointDefinition,
    attempt: number,
    startedAt: number,
    outcome: string,
  ): void {
    this.logger.debug(
      `WeChat call ${apiField(spec)}${credential.appField} attempt=${attempt} ${outcome} latencyMs=${Date.now() - startedAt}`,
    );
  }
}

/**
 * The app's API security when this call is sealed, `undefined` when it goes
 * plain; refuses a call WeChat requires sealed for an app without keys,
 * before anything is sent.
 */
function sealerFor(
  spec: EndpointDefinition,
  security: CallSecurity | undefined,
): AppApiSecurity | undefined {
  const apiSecurity = security?.apiSecurity;
  const mode = securityModeOf(spec, apiSecurity?.options);
  if (!isSealed(spec, mode, apiSecurity !== undefined)) return undefined;
  if (!apiSecurity)
    throw new WechatApiSecurityError(
      spec.api,
      'not-configured',
      security?.appId,
    );
  return apiSecurity;
}

const apiFields = new WeakMap<EndpointDefinition, string>();

/** `api=logistics.cancelOrder`, built once per endpoint. */
function apiField(spec: EndpointDefinition): string {
  let field = apiFields.get(spec);
  if (field === undefined) {
    field = logFields({ api: spec.api });
    apiFields.set(spec, field);
  }
  return field;
}
