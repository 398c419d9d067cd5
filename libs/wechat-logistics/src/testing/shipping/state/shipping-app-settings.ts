import { type ConfirmReceiveMethod } from './emulated-payment';

/** A 知名品牌 application (famousbrand/apply) and where its review stands. */
export interface BrandApplication {
  /** 1 知名品牌, 2 已接入小店商品组件. */
  readonly applyFor: number;
  /** 1 under review, 2 rejected, 3 approved. */
  readonly status: number;
  readonly brandName?: string;
  readonly brandType?: number;
  /** Set when rejected. */
  readonly auditReason?: string;
}

/** A setwxatradetypecgi application (one per account). */
export interface TradeTypeApplication {
  readonly tradeType: number;
  readonly reason: string;
  readonly materials: readonly {
    readonly type: number;
    readonly mediaId: string;
  }[];
}

const DOCUMENTED_CONFIRM_CODES = { automatic: 1, manual: 2 } as const;

/**
 * What WeChat keeps per app for this family beside its payments: whether the
 * app is enrolled (is_trade_managed; not enrolled → 48001), whether 交易结算
 * 管理确认 is complete, the message jump path, and the two applications.
 * Defaults make a fresh app an enrolled, confirmed one.
 */
export class ShippingAppSettings {
  private managed = true;
  private confirmed = true;
  private codes: Readonly<Record<ConfirmReceiveMethod, number>> =
    DOCUMENTED_CONFIRM_CODES;
  private jumpPath: string | undefined;
  private brandApplicationRecord: BrandApplication | undefined;
  private tradeType: TradeTypeApplication | undefined;

  /** Enrolled in 发货信息管理; when false every order call answers 48001 and is_trade_managed false. */
  get tradeManaged(): boolean {
    return this.managed;
  }

  setTradeManaged(managed: boolean): void {
    this.managed = managed;
  }

  /** What is_trade_management_confirmation_completed answers. */
  get confirmationCompleted(): boolean {
    return this.confirmed;
  }

  setConfirmationCompleted(completed: boolean): void {
    this.confirmed = completed;
  }

  /**
   * The `confirm_receive_method` numbers the settled push sends. Documented
   * as 1 automatic / 2 manual; reported reversed in production (§8 #5), so a
   * test can send `{ automatic: 2, manual: 1 }` to prove it does not rely on it.
   */
  get confirmReceiveMethodCodes(): Readonly<
    Record<ConfirmReceiveMethod, number>
  > {
    return this.codes;
  }

  setConfirmReceiveMethodCodes(
    codes: Readonly<Record<ConfirmReceiveMethod, number>>,
  ): void {
    this.codes = { automatic: codes.automatic, manual: codes.manual };
  }

  /** The page set by set_msg_jump_path; undefined while WeChat's default page is used. */
  get msgJumpPath(): string | undefined {
    return this.jumpPath;
  }

  /** set_msg_jump_path: an empty path restores WeChat's default page. */
  recordMsgJumpPath(path: string): void {
    this.jumpPath = path === '' ? undefined : path;
  }

  get brandApplication(): BrandApplication | undefined {
    return this.brandApplicationRecord;
  }

  /** famousbrand/apply; false while one is under review (10210002). */
  fileBrandApplication(application: BrandApplication): boolean {
    if (this.brandApplicationRecord?.status === 1) return false;
    this.brandApplicationRecord = application;
    return true;
  }

  /** WeChat's review of the pending brand application. Throws when none is under review. */
  reviewBrandApplication(
    decision: 'approved' | 'rejected',
    reason = '',
  ): BrandApplication {
    const current = this.brandApplicationRecord;
    if (current?.status !== 1) {
      throw new Error('No brand application is under review');
    }
    this.brandApplicationRecord =
      decision === 'approved'
        ? { ...current, status: 3 }
        : { ...current, status: 2, auditReason: reason };
    return this.brandApplicationRecord;
  }

  /** The trade-type change applied for, if any. */
  get tradeTypeApplication(): TradeTypeApplication | undefined {
    return this.tradeType;
  }

  /** Records the one allowed application; false when one exists already (268486048). */
  applyTradeType(application: TradeTypeApplication): boolean {
    if (this.tradeType) return false;
    this.tradeType = application;
    return true;
  }

  reset(): void {
    this.managed = true;
    this.confirmed = true;
    this.codes = DOCUMENTED_CONFIRM_CODES;
    this.jumpPath = undefined;
    this.brandApplicationRecord = undefined;
    this.tradeType = undefined;
  }
}
