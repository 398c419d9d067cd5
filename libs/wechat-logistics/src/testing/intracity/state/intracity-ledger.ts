import { randomInt } from 'node:crypto';
import { type EmulatorClock } from '../../state/emulator-clock';
import { type IntracityCarrier } from './intracity-carriers';

/** Who pays (§3.3): the store, the mini program (brand), or the service provider. */
export const PAY_MODES = [
  'PAY_MODE_STORE',
  'PAY_MODE_APP',
  'PAY_MODE_COMPONENT',
] as const;
export type IntracityPayMode = (typeof PAY_MODES)[number];
export const isPayMode = (value: unknown): value is IntracityPayMode =>
  (PAY_MODES as readonly unknown[]).includes(value);

/** How long a top-up's money lasts before the rest goes back (§1, §4.5: one month = 30 days). */
export const TOP_UP_VALID_SECONDS = 30 * 24 * 3600;

/**
 * One top-up (storecharge), its money and what became of it. `payer` names
 * the balance it feeds: `store:<wx_store_id>`, `app` or `component`.
 */
export interface IntracityTopUp {
  /** `payorder_id` / `pay_order_id`, a long digit string (§8). */
  readonly payorderId: string;
  readonly payer: string;
  readonly payMode: IntracityPayMode;
  /** The store named in storecharge ('' when an app/component top-up named none). */
  readonly wxStoreId: string;
  readonly carrier: IntracityCarrier;
  readonly amount: number;
  /** When storecharge issued it (Unix s). */
  readonly createTime: number;
  /** After it the unused money goes back (createTime + 30 days, as in SKIT's sample). */
  readonly deadline: number;
  /** When the pay page was opened (or a control credited it); undefined while unpaid. */
  payTime?: number;
  /** Money still on the balance. */
  unused: number;
  /** Money given back (storerefund, or expiry). */
  refunded: number;
  refundTime?: number;
}

/** What an order drew from which top-up, so a cancellation gives it back there. */
export interface IntracityDraw {
  readonly payorderId: string;
  readonly amount: number;
}

/** A 19-digit id like WeChat's (`2920020938702667776`). */
export function longDigitId(first: string): string {
  return `${first}${Array.from({ length: 18 }, () => randomInt(10)).join('')}`;
}

/**
 * The money of one app's 同城配送: top-ups per payer and carrier, spent
 * oldest-deadline first, expiring after 30 days on the emulator clock (the
 * rest is refunded then, §1). queryflow and balancequery read it.
 */
export class IntracityLedger {
  private readonly topUps = new Map<string, IntracityTopUp>();

  constructor(private readonly clock: EmulatorClock) {}

  /** An unpaid top-up, waiting for its pay page. */
  issue(
    payer: string,
    payMode: IntracityPayMode,
    wxStoreId: string,
    carrier: IntracityCarrier,
    amount: number,
  ): IntracityTopUp {
    const createTime = this.clock.nowSeconds();
    const topUp: IntracityTopUp = {
      payorderId: longDigitId('2'),
      payer,
      payMode,
      wxStoreId,
      carrier,
      amount,
      createTime,
      deadline: createTime + TOP_UP_VALID_SECONDS,
      unused: 0,
      refunded: 0,
    };
    this.topUps.set(topUp.payorderId, topUp);
    return topUp;
  }

  /**
   * Pays a top-up: its money joins the balance. 'paid' again for one already
   * paid (a page opened twice pays once); 'expired' past its deadline.
   */
  pay(payorderId: string): 'paid' | 'expired' | 'unknown' {
    const topUp = this.topUps.get(payorderId);
    if (!topUp) return 'unknown';
    if (topUp.payTime !== undefined) return 'paid';
    if (this.clock.nowSeconds() >= topUp.deadline) return 'expired';
    topUp.payTime = this.clock.nowSeconds();
    topUp.unused = topUp.amount;
    return 'paid';
  }

  find(payorderId: string): IntracityTopUp | undefined {
    return this.topUps.get(payorderId);
  }

  /** Every top-up of `payer` (paid or not), oldest first; expired money refunded first. */
  all(payer?: string): IntracityTopUp[] {
    this.expire();
    return [...this.topUps.values()].filter(
      (topUp) => payer === undefined || topUp.payer === payer,
    );
  }

  /** Paid top-ups with money left, soonest deadline first: what orders spend. */
  live(payer: string, carrier: IntracityCarrier): IntracityTopUp[] {
    return this.all(payer)
      .filter((topUp) => topUp.carrier === carrier && topUp.unused > 0)
      .sort((a, b) => a.deadline - b.deadline);
  }

  balance(payer: string, carrier: IntracityCarrier): number {
    return this.live(payer, carrier).reduce((sum, t) => sum + t.unused, 0);
  }

  /** Takes `amount` (soonest deadline first); undefined, taking nothing, when the balance is short (934013). */
  debit(
    payer: string,
    carrier: IntracityCarrier,
    amount: number,
  ): IntracityDraw[] | undefined {
    if (this.balance(payer, carrier) < amount) return undefined;
    const draws: IntracityDraw[] = [];
    let left = amount;
    for (const topUp of this.live(payer, carrier)) {
      if (left === 0) break;
      const take = Math.min(left, topUp.unused);
      topUp.unused -= take;
      left -= take;
      draws.push({ payorderId: topUp.payorderId, amount: take });
    }
    return draws;
  }

  /**
   * Gives `amount` of what `draws` took back to the same top-ups, latest
   * draw first; money whose top-up has expired meanwhile is refunded instead.
   */
  giveBack(draws: readonly IntracityDraw[], amount: number): void {
    let left = amount;
    const now = this.clock.nowSeconds();
    for (const draw of [...draws].reverse()) {
      if (left === 0) break;
      const topUp = this.topUps.get(draw.payorderId);
      if (!topUp) continue;
      const back = Math.min(left, draw.amount);
      left -= back;
      if (now >= topUp.deadline) {
        topUp.refunded += back;
        topUp.refundTime = now;
      } else topUp.unused += back;
    }
  }

  /** storerefund: every unused fen of `payer` with `carrier` goes back; the amount refunded. */
  refundAll(payer: string, carrier: IntracityCarrier): number {
    const now = this.clock.nowSeconds();
    let total = 0;
    for (const topUp of this.live(payer, carrier)) {
      total += topUp.unused;
      topUp.refunded += topUp.unused;
      topUp.refundTime = now;
      topUp.unused = 0;
    }
    return total;
  }

  clear(): void {
    this.topUps.clear();
  }

  /** Past its deadline, a top-up's rest goes back to where it came from (§1). */
  private expire(): void {
    const now = this.clock.nowSeconds();
    for (const topUp of this.topUps.values()) {
      if (topUp.unused > 0 && now >= topUp.deadline) {
        topUp.refunded += topUp.unused;
        topUp.refundTime = topUp.deadline;
        topUp.unused = 0;
      }
    }
  }
}
