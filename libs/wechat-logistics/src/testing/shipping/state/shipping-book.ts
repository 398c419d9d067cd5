import { type FamilyStateContext } from '../../state/family-state';
import { type PushDelivery } from '../../push/push-log';
import {
  remindAccessApiMessage,
  remindShippingMessage,
  settledMessage,
  settlementDueMessage,
} from '../push/shipping-push-messages';
import {
  type ConfirmReceiveMethod,
  type EmulatedCombinedPayment,
  type EmulatedPayment,
  PAYMENT_STATE,
  type PaymentKey,
  type SeedCombinedPaymentInput,
  type SeedPaymentInput,
} from './emulated-payment';
import { describeKey, merchantKey } from './payment-key';
import { type ShipmentOutcome } from './shipment-transition';
import { ShippingAppSettings } from './shipping-app-settings';

const DEFAULT_MCHID = '1900000109';
const DAY_SECONDS = 86_400;
/** Express settles T+10 days after shipping, the rest T+2 (COMM-AI, shipping-info.md §1.2). */
const SETTLEMENT_DELAY_DAYS = { express: 10, other: 2 };
const DEFAULT_ACCESS_API_MSG = 'please integrate the shipping info API';
const DEFAULT_REMIND_SHIPPING_MSG = 'order unshipped for 48 hours';

interface CombinedRecord {
  readonly transactionId: string;
  readonly mchid: string;
  readonly outTradeNo: string;
  readonly payerOpenid: string;
  readonly subTransactionIds: readonly string[];
}

/**
 * One app's 发货信息管理 state: the payments WeChat Pay made (seeded, since
 * this API never creates them), their shipping state machine (待发货 → 已发货
 * → 确认收货 / 资金待结算 → 交易完成; 已退款), the app's settings
 * (`setTradeManaged`…) and the controls that stand for what the buyer or
 * WeChat does (`confirmReceipt`, `settle`, `refund`, the reminders), each
 * pushing what WeChat pushes. Records are replaced, never mutated, so what
 * `get()` returned stays as it was.
 */
export class ShippingBook extends ShippingAppSettings {
  private readonly payments = new Map<string, EmulatedPayment>();
  private readonly byMerchantKey = new Map<string, string>();
  private readonly combined = new Map<string, CombinedRecord>();
  private readonly combinedByMerchantKey = new Map<string, string>();
  private counter = 0;

  constructor(private readonly context: FamilyStateContext) {
    super();
  }

  /** Records a payment as WeChat Pay would: 待发货, nothing shipped. Throws on a duplicate id. */
  seedPayment(input: SeedPaymentInput): EmulatedPayment {
    this.checkSeed(input);
    const payment: EmulatedPayment = {
      transactionId: input.transactionId ?? this.newTransactionId(),
      mchid: input.mchid ?? DEFAULT_MCHID,
      subMchid: input.subMchid ?? '',
      outTradeNo: input.outTradeNo ?? this.newOutTradeNo(),
      payerOpenid: input.payerOpenid,
      amount: input.amount ?? 1,
      description: input.description ?? '',
      payTime: input.payTime ?? this.context.clock.nowSeconds(),
      state: PAYMENT_STATE.unshipped,
      receiptReminderSent: false,
      testOrder: false,
      shippingReminded: false,
    };
    const key = merchantKey(payment.mchid, payment.outTradeNo);
    if (this.isTaken(payment.transactionId, key)) {
      throw new Error(
        `A payment with transaction_id "${payment.transactionId}" or mchid + out_trade_no "${payment.mchid}" + "${payment.outTradeNo}" already exists`,
      );
    }
    this.payments.set(payment.transactionId, payment);
    this.byMerchantKey.set(key, payment.transactionId);
    return payment;
  }

  /** Records a combined (合单) payment and its sub-payments (each 待发货, paid by the same payer). */
  seedCombinedPayment(
    input: SeedCombinedPaymentInput,
  ): EmulatedCombinedPayment {
    if (
      input === null ||
      typeof input !== 'object' ||
      (input.subPayments?.length ?? 0) === 0
    ) {
      throw new TypeError('seedCombinedPayment needs at least one subPayment');
    }
    const transactionId = input.transactionId ?? this.newTransactionId();
    const mchid = input.mchid ?? DEFAULT_MCHID;
    const outTradeNo = input.outTradeNo ?? this.newOutTradeNo();
    const key = merchantKey(mchid, outTradeNo);
    if (this.isTaken(transactionId, key)) {
      throw new Error(
        `A payment with transaction_id "${transactionId}" or mchid + out_trade_no already exists`,
      );
    }
    const subs = input.subPayments.map((sub) =>
      this.seedPayment({ ...sub, payerOpenid: input.payerOpenid }),
    );
    for (const sub of subs) {
      this.replace({ ...sub, combinedTransactionId: transactionId });
    }
    this.combined.set(transactionId, {
      transactionId,
      mchid,
      outTradeNo,
      payerOpenid: input.payerOpenid,
      subTransactionIds: subs.map((sub) => sub.transactionId),
    });
    this.combinedByMerchantKey.set(key, transactionId);
    return this.combinedSnapshot(transactionId)!;
  }

  /** A payment by transaction id or mchid + out_trade_no; undefined when none. */
  get(key: PaymentKey): EmulatedPayment | undefined {
    if (typeof key === 'string') return this.payments.get(key);
    if ('transactionId' in key) return this.payments.get(key.transactionId);
    const id = this.byMerchantKey.get(merchantKey(key.mchid, key.outTradeNo));
    return id === undefined ? undefined : this.payments.get(id);
  }

  /** A combined payment by its own transaction id or mchid + out_trade_no. */
  getCombined(key: PaymentKey): EmulatedCombinedPayment | undefined {
    if (typeof key === 'string') return this.combinedSnapshot(key);
    if ('transactionId' in key) return this.combinedSnapshot(key.transactionId);
    const id = this.combinedByMerchantKey.get(
      merchantKey(key.mchid, key.outTradeNo),
    );
    return id === undefined ? undefined : this.combinedSnapshot(id);
  }

  /** Every payment, in the order seeded. */
  all(): EmulatedPayment[] {
    return [...this.payments.values()];
  }

  /**
   * The buyer confirms receipt (or, with `method: 'automatic'`, the window
   * closes): 已发货 → 确认收货 (3), or → 资金待结算 (6) when automatic.
   * Nothing is pushed until `settle()`. Throws unless the payment is 已发货.
   */
  confirmReceipt(
    key: PaymentKey,
    options: { readonly method?: ConfirmReceiveMethod } = {},
  ): EmulatedPayment {
    const payment = this.require(key);
    if (payment.state !== PAYMENT_STATE.shipped) {
      throw new Error(
        `Cannot confirm receipt of ${describeKey(key)}: its order_state is ${payment.state}, not 2 (已发货)`,
      );
    }
    const method = options.method ?? 'manual';
    return this.replace({
      ...payment,
      state:
        method === 'manual'
          ? PAYMENT_STATE.receiptConfirmed
          : PAYMENT_STATE.settlementPending,
      confirmReceiveMethod: method,
      confirmReceiveTime: this.context.clock.nowSeconds(),
    });
  }

  /**
   * The money settles: 确认收货 / 资金待结算 → 交易完成 (4), and the settled
   * `trade_manage_order_settlement` push. A payment still 已发货 is first
   * confirmed automatically (its window closed). Throws in any other state.
   */
  settle(key: PaymentKey): EmulatedPayment {
    let payment = this.require(key);
    if (payment.state === PAYMENT_STATE.shipped) {
      payment = this.confirmReceipt(key, { method: 'automatic' });
    }
    if (
      payment.state !== PAYMENT_STATE.receiptConfirmed &&
      payment.state !== PAYMENT_STATE.settlementPending
    ) {
      throw new Error(
        `Cannot settle ${describeKey(key)}: its order_state is ${payment.state} (settle needs 2, 3 or 6)`,
      );
    }
    const settled = this.replace({
      ...payment,
      state: PAYMENT_STATE.completed,
      settlementTime: this.context.clock.nowSeconds(),
    });
    const code =
      this.confirmReceiveMethodCodes[settled.confirmReceiveMethod ?? 'manual'];
    void this.context.push(settled.transactionId, (to, at) =>
      settledMessage(settled, code, to, at),
    );
    return settled;
  }

  /** The merchant refunds: 待发货 / 已发货 → 已退款 (5); later uploads get 10060004. */
  refund(key: PaymentKey): EmulatedPayment {
    const payment = this.require(key);
    if (
      payment.state !== PAYMENT_STATE.unshipped &&
      payment.state !== PAYMENT_STATE.shipped
    ) {
      throw new Error(
        `Cannot refund ${describeKey(key)}: its order_state is ${payment.state} (refund needs 1 or 2)`,
      );
    }
    return this.replace({ ...payment, state: PAYMENT_STATE.refunded });
  }

  /**
   * WeChat's "this order is unshipped" reminder: pushes
   * `trade_manage_remind_shipping` once for each 待发货 payment paid at least
   * `olderThanHours` ago (emulator clock) that is not a pre-sale order still
   * before its `delay_to`. Returns the payments reminded.
   */
  remindUnshipped(
    options: { readonly olderThanHours?: number; readonly msg?: string } = {},
  ): EmulatedPayment[] {
    const now = this.context.clock.nowSeconds();
    const paidBefore = now - (options.olderThanHours ?? 48) * 3600;
    const msg = options.msg ?? DEFAULT_REMIND_SHIPPING_MSG;
    const due = this.all().filter(
      (p) =>
        p.state === PAYMENT_STATE.unshipped &&
        !p.shippingReminded &&
        p.payTime <= paidBefore &&
        !(p.preSaleDelayTo !== undefined && p.preSaleDelayTo > now),
    );
    return due.map((payment) => {
      const reminded = this.replace({ ...payment, shippingReminded: true });
      void this.context.push(reminded.transactionId, (to, at) =>
        remindShippingMessage(reminded, msg, to, at),
      );
      return reminded;
    });
  }

  /**
   * WeChat's "please integrate the shipping API" notice
   * (`trade_manage_remind_access_api`). Resolves once delivered or given up;
   * rejects when this app's push is off.
   */
  remindAccessApi(msg: string = DEFAULT_ACCESS_API_MSG): Promise<PushDelivery> {
    const delivery = this.context.push('', (to, at) =>
      remindAccessApiMessage(msg, to, at),
    );
    if (!delivery) {
      return Promise.reject(
        new Error(
          `Message push is not configured for app ${this.context.appId}: call configurePush() first`,
        ),
      );
    }
    return delivery;
  }

  /** Forgets payments and restores the settings' defaults (managed, confirmed, codes 1/2). */
  override reset(): void {
    super.reset();
    this.payments.clear();
    this.byMerchantKey.clear();
    this.combined.clear();
    this.combinedByMerchantKey.clear();
    this.counter = 0;
  }

  // ---- used by the handlers ----

  /** Stores an upload's outcome; completing shipping moves to 已发货 and pushes "will settle". */
  applyShipment(transactionId: string, outcome: ShipmentOutcome): void {
    const payment = this.payments.get(transactionId)!;
    if (!outcome.completesShipping) {
      this.replace({ ...payment, shipping: outcome.shipping });
      return;
    }
    // The shipment's own upload_time, as the reference's examples have it:
    // §6.4's shipped_time 1700013600 is §4.1's upload_time, and its
    // estimated_settlement_time is that plus 10 days.
    const shippedTime = Math.floor(outcome.shipping.lastUploadTimeMs / 1000);
    const days =
      outcome.shipping.logisticsType === 1
        ? SETTLEMENT_DELAY_DAYS.express
        : SETTLEMENT_DELAY_DAYS.other;
    const shipped = this.replace({
      ...payment,
      state: PAYMENT_STATE.shipped,
      shipping: outcome.shipping,
      shippedTime,
      estimatedSettlementTime: shippedTime + days * DAY_SECONDS,
    });
    void this.context.push(shipped.transactionId, (to, at) =>
      settlementDueMessage(shipped, to, at),
    );
  }

  markReceiptReminder(transactionId: string, receivedTime: number): void {
    const payment = this.payments.get(transactionId)!;
    this.replace({ ...payment, receiptReminderSent: true, receivedTime });
  }

  markSpecialOrder(
    transactionId: string,
    special: { readonly preSaleDelayTo: number } | { readonly testOrder: true },
  ): void {
    const payment = this.payments.get(transactionId)!;
    this.replace({ ...payment, ...special });
  }

  private require(key: PaymentKey): EmulatedPayment {
    const payment = this.get(key);
    if (!payment) throw new Error(`No payment with ${describeKey(key)}`);
    return payment;
  }

  private replace(payment: EmulatedPayment): EmulatedPayment {
    this.payments.set(payment.transactionId, payment);
    return payment;
  }

  private combinedSnapshot(id: string): EmulatedCombinedPayment | undefined {
    const record = this.combined.get(id);
    if (!record) return undefined;
    const { subTransactionIds, ...rest } = record;
    return {
      ...rest,
      subPayments: subTransactionIds.map((sub) => this.payments.get(sub)!),
    };
  }

  private isTaken(transactionId: string, key: string): boolean {
    return (
      this.payments.has(transactionId) ||
      this.combined.has(transactionId) ||
      this.byMerchantKey.has(key) ||
      this.combinedByMerchantKey.has(key)
    );
  }

  private checkSeed(input: SeedPaymentInput): void {
    if (input === null || typeof input !== 'object') {
      throw new TypeError('seedPayment expects an object with payerOpenid');
    }
    if (typeof input.payerOpenid !== 'string' || input.payerOpenid === '') {
      throw new TypeError('seedPayment: payerOpenid is required');
    }
    if (
      input.amount !== undefined &&
      (!Number.isInteger(input.amount) || input.amount < 1)
    ) {
      throw new TypeError('seedPayment: amount is a positive integer (fen)');
    }
  }

  private newTransactionId(): string {
    this.counter += 1;
    return `4200000000${String(this.context.clock.nowSeconds()).padStart(10, '0')}${String(this.counter).padStart(8, '0')}`;
  }

  private newOutTradeNo(): string {
    this.counter += 1;
    return `EMU${String(this.counter).padStart(8, '0')}`;
  }
}
