import { setTimeout as sleep } from 'node:timers/promises';
import { type EmulatorClock } from '../../state/emulator-clock';
import { postOnce } from '../../push/push-transport';
import { type IntracityOrder } from '../state/intracity-order';
import { intracityCallbackSign } from './intracity-callback-sign';

/** One POST of a status callback. */
export interface IntracityCallbackAttempt {
  /** Emulator clock, ms, when it was sent. */
  readonly at: number;
  /** The JSON sent: the order fields, this attempt's `timestamp` and (unless omitted) `sign`. */
  readonly body: Readonly<Record<string, string | number>>;
  readonly status?: number;
  /** The reply body as text. */
  readonly reply?: string;
  /** Connection error, `timeout: …` or `aborted: …`; absent when a reply arrived. */
  readonly error?: string;
}

/** One status change pushed to an order's `callback_url`, with every attempt. */
export interface IntracityCallback {
  readonly wxOrderId: string;
  readonly url: string;
  readonly orderStatus: number;
  readonly attempts: readonly IntracityCallbackAttempt[];
  /** True once a reply was HTTP 2xx with `{"return_code":0}`. */
  readonly delivered: boolean;
  /** False when no Token was known, or `omitSign` was on: the callback carried no `sign`. */
  readonly signed: boolean;
}

/** How callbacks are delivered (the retry schedule is undocumented, §5; ours). */
export interface IntracityCallbackPolicy {
  /** Re-sends after a refused or failed attempt. @default 3 */
  readonly retries: number;
  /** Pause before the n-th re-send: `retryDelayMs * 2^(n-1)`, real time. @default 100 */
  readonly retryDelayMs: number;
  /** Wait for a reply, per attempt. @default 5000 */
  readonly replyTimeoutMs: number;
}

export const DEFAULT_CALLBACK_POLICY: IntracityCallbackPolicy = {
  retries: 3,
  retryDelayMs: 100,
  replyTimeoutMs: 5000,
};

export interface IntracityCallbackDeps {
  readonly appId: string;
  readonly clock: EmulatorClock;
  readonly lifetime: AbortSignal;
  /** The Token that signs (read per callback: push settings may change). */
  token(): string | undefined;
  omitSign(): boolean;
  policy(): IntracityCallbackPolicy;
}

type Record_ = {
  -readonly [K in keyof IntracityCallback]: IntracityCallback[K];
} & { attempts: IntracityCallbackAttempt[] };

/**
 * WeChat's side of the status callback (intracity.md §5): a JSON POST to the
 * order's `callback_url` with the order's fields, `timestamp` and the MD5
 * `sign`, expecting `{"return_code":0,"return_msg":"OK"}`, re-sent with a
 * doubling pause otherwise. In the background: the API reply that caused the
 * change never waits. `settled()` waits for every callback started so far.
 */
export class IntracityCallbacks {
  private readonly records: Record_[] = [];
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly deps: IntracityCallbackDeps) {}

  /** Starts the callback of the order's current status; nothing when it has no callback_url. */
  send(order: IntracityOrder): void {
    const url = order.callbackUrl;
    if (url === undefined) return;
    const token = this.deps.omitSign() ? undefined : this.deps.token();
    const record: Record_ = {
      wxOrderId: order.wxOrderId,
      url,
      orderStatus: order.status,
      attempts: [],
      delivered: false,
      signed: token !== undefined,
    };
    this.records.push(record);
    const fields = {
      appid: this.deps.appId,
      wx_store_id: order.wxStoreId,
      wx_order_id: order.wxOrderId,
      store_order_id: order.storeOrderId,
      order_status: order.status,
      status_change_time: order.statusChangeTime,
      service_trans_id: order.serviceTransId,
    };
    const run = this.deliver(record, fields, token, this.deps.policy()).finally(
      () => this.inFlight.delete(run),
    );
    this.inFlight.add(run);
  }

  /** An order's callbacks so far, oldest first (snapshots). */
  forOrder(wxOrderId: string): IntracityCallback[] {
    return this.records
      .filter((record) => record.wxOrderId === wxOrderId)
      .map((record) => ({ ...record, attempts: [...record.attempts] }));
  }

  all(): IntracityCallback[] {
    return this.records.map((record) => ({
      ...record,
      attempts: [...record.attempts],
    }));
  }

  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  clear(): void {
    this.records.length = 0;
  }

  private async deliver(
    record: Record_,
    fields: Record<string, string | number>,
    token: string | undefined,
    policy: IntracityCallbackPolicy,
  ): Promise<void> {
    const { lifetime, clock } = this.deps;
    for (let attempt = 0; attempt <= policy.retries; attempt += 1) {
      if (attempt > 0 && policy.retryDelayMs > 0) {
        const pause = policy.retryDelayMs * 2 ** (attempt - 1);
        await sleep(pause, undefined, { signal: lifetime }).catch(
          () => undefined,
        );
      }
      if (lifetime.aborted) return;
      const body: Record<string, string | number> = {
        ...fields,
        timestamp: clock.nowSeconds(),
      };
      if (token !== undefined)
        body['sign'] = intracityCallbackSign(body, token);
      const at = clock.now();
      try {
        const reply = await postOnce(new URL(record.url), {
          body: JSON.stringify(body),
          contentType: 'application/json',
          timeoutMs: policy.replyTimeoutMs,
          lifetime,
        });
        record.attempts.push({
          at,
          body,
          status: reply.status,
          reply: reply.body,
        });
        if (isAcknowledgement(reply.status, reply.body)) {
          record.delivered = true;
          return;
        }
      } catch (error: unknown) {
        const message = error instanceof Error ? error.message : String(error);
        record.attempts.push({ at, body, error: message });
      }
    }
  }
}

/** HTTP 2xx with a JSON object whose `return_code` is 0 (§5). */
function isAcknowledgement(status: number, body: string): boolean {
  if (status < 200 || status > 299) return false;
  try {
    const parsed: unknown = JSON.parse(body);
    return (
      typeof parsed === 'object' &&
      parsed !== null &&
      (parsed as Record<string, unknown>)['return_code'] === 0
    );
  } catch {
    return false;
  }
}
