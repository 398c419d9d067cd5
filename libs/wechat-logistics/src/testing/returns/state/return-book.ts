import { randomInt } from 'node:crypto';
import { type FamilyState } from '../../state/family-state';
import {
  type EmulatedReturn,
  type ReturnPathKind,
  type ReturnWaybill,
} from './emulated-return';
import { mayAdvance } from './return-waybill-progress';

/** The carrier a 无忧退货 pick-up is booked with (reference §1.3: JD picks up). */
const PICKUP_CARRIER = { deliveryId: 'JDL', deliveryName: '京东快递' };

export interface IssueReturnInput {
  readonly shopOrderId: string;
  readonly issuedBy: ReturnPathKind;
  readonly wxPayId?: string;
  readonly openid: string;
}

export interface SelfShipWaybillInput extends ReturnWaybill {
  /** `false`: a waybill the carrier does not know; get answers 931023 from then on. @default true */
  readonly known?: boolean;
  /** The waybill's state when typed in. @default 1 (picked up: the buyer has handed it over) */
  readonly orderStatus?: number;
}

/**
 * One app's 退货组件 / 无忧退货 state: the payments insured with 无忧退货 (seeded
 * with `insure`, since this family never creates them), the return ids the
 * add calls issued (one per shop order id, current and legacy alike: the
 * legacy component was upgraded into 无忧退货, §1.3), and the controls that
 * stand for what the buyer and the carrier do. `wechat.returns` /
 * `wechat.app(appId).returns`.
 */
export class ReturnBook implements FamilyState {
  private readonly insured = new Set<string>();
  private readonly returns = new Map<string, EmulatedReturn>();
  private readonly byShopOrderId = new Map<string, string>();
  private statusAsString = false;

  /** Marks a WeChat Pay transaction id as insured with 无忧退货 (`insurance_freight/createorder`). */
  insure(wxPayId: string): void {
    this.insured.add(wxPayId);
  }

  isInsured(wxPayId: string): boolean {
    return this.insured.has(wxPayId);
  }

  /** Whether a shop order id already has a return id (9300522). */
  hasShopOrder(shopOrderId: string): boolean {
    return this.byShopOrderId.has(shopOrderId);
  }

  /** Issues a fresh 19-digit return id, as add does. The handler has checked the shop order id is free. */
  issue(input: IssueReturnInput): EmulatedReturn {
    const record: EmulatedReturn = {
      returnId: this.freshId(),
      shopOrderId: input.shopOrderId,
      issuedBy: input.issuedBy,
      ...(input.wxPayId === undefined ? {} : { wxPayId: input.wxPayId }),
      openid: input.openid,
      status: 0,
      waybillUnknown: false,
      unbound: false,
    };
    this.returns.set(record.returnId, record);
    this.byShopOrderId.set(record.shopOrderId, record.returnId);
    return record;
  }

  /** The return id's record, or undefined. */
  find(returnId: string): EmulatedReturn | undefined {
    return this.returns.get(returnId);
  }

  /** The buyer books a courier pick-up (status 1): a JD waybill, awaiting pick-up (order_status 0). */
  bookPickup(returnId: string, waybillId?: string): EmulatedReturn {
    this.awaitingChoice(returnId);
    return this.update(returnId, {
      status: 1,
      waybill: {
        waybillId: waybillId ?? `JD${this.digits(13)}`,
        ...PICKUP_CARRIER,
      },
      orderStatus: 0,
    });
  }

  /**
   * The buyer ships it back and types the waybill (status 2). Typing again
   * replaces the waybill, but an unknown one stays remembered (931023 sticks).
   */
  fileSelfShipWaybill(
    returnId: string,
    input: SelfShipWaybillInput,
  ): EmulatedReturn {
    const record = this.existing(returnId);
    if (record.status === 1)
      throw new Error(
        `Return ${returnId} has a booked pick-up; the buyer cannot also self-ship it`,
      );
    const { known = true, orderStatus = 1, ...waybill } = input;
    return this.update(returnId, {
      status: 2,
      waybill,
      orderStatus,
      waybillUnknown: record.waybillUnknown || !known,
    });
  }

  /** Moves the return waybill's `order_status` along (see return-waybill-progress.ts); throws on a move the carrier could not make. */
  advance(returnId: string, orderStatus: number): EmulatedReturn {
    const record = this.existing(returnId);
    if (record.orderStatus === undefined)
      throw new Error(`Return ${returnId} has no waybill yet`);
    if (!mayAdvance(record.orderStatus, orderStatus))
      throw new Error(
        `Return ${returnId}'s waybill cannot go from order_status ${record.orderStatus} to ${orderStatus}`,
      );
    return this.update(returnId, { orderStatus });
  }

  /** What unbind does once allowed: the id is released. */
  unbind(returnId: string): void {
    this.update(returnId, { unbound: true });
  }

  /**
   * Sends get's `status` as a string (`"status":"2"`), as the official
   * examples show, to test a client's tolerance; off by default.
   */
  sendStatusAsString(on = true): void {
    this.statusAsString = on;
  }

  get statusSentAsString(): boolean {
    return this.statusAsString;
  }

  reset(): void {
    this.insured.clear();
    this.returns.clear();
    this.byShopOrderId.clear();
    this.statusAsString = false;
  }

  private awaitingChoice(returnId: string): void {
    const record = this.existing(returnId);
    if (record.status !== 0)
      throw new Error(`The buyer already chose how to return ${returnId}`);
  }

  private existing(returnId: string): EmulatedReturn {
    const record = this.returns.get(returnId);
    if (record === undefined || record.unbound)
      throw new Error(`No return id ${returnId} in this app`);
    return record;
  }

  private update(
    returnId: string,
    change: Partial<EmulatedReturn>,
  ): EmulatedReturn {
    const next = { ...this.existing(returnId), ...change };
    this.returns.set(returnId, next);
    return next;
  }

  /** 19 digits, never starting with 0 — always beyond 2^53, like WeChat's. */
  private freshId(): string {
    let id: string;
    do id = `${randomInt(1, 10)}${this.digits(18)}`;
    while (this.returns.has(id));
    return id;
  }

  private digits(count: number): string {
    return Array.from({ length: count }, () => randomInt(10)).join('');
  }
}
