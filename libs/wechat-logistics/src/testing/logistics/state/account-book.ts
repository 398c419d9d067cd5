import { AccountStatusCode } from '../../../logistics/enums/account-status-code.enum';
import {
  accountKey as key,
  newAccountRecord,
  type StoredAccount,
} from './account-record';
import { type CarrierRegistry, type EmulatedCarrier } from './carrier-registry';
import {
  type EmulatedAccount,
  REVIEWED_CARRIERS,
  type SeedAccountInput,
} from './emulated-account';
import { type EmulatorClock } from '../../state/emulator-clock';

/**
 * The mini program's carrier accounts, keyed by carrier and biz_id (the same
 * customer code may exist at two carriers). bindAccount drives it; tests seed,
 * approve EMS reviews and make passwords wrong through it.
 */
export class AccountBook {
  private readonly accounts = new Map<string, StoredAccount>();
  private readonly wrongPasswords = new Set<string>();

  constructor(
    private readonly carriers: CarrierRegistry,
    private readonly clock: EmulatorClock,
  ) {}

  /** Stores an account as if bound earlier; returns a snapshot of it. */
  seed(input: SeedAccountInput): EmulatedAccount {
    const carrier = this.carrier(input.deliveryId);
    if (this.accounts.has(key(input.deliveryId, input.bizId))) {
      throw new Error(
        `Account ${input.deliveryId}/${input.bizId} already exists`,
      );
    }
    const account = this.create(
      carrier,
      input.bizId,
      input.statusCode ?? AccountStatusCode.Bound,
    );
    Object.assign(account, {
      quotaNum: input.quotaNum ?? account.quotaNum,
      alias: input.alias ?? '',
      remarkContent: input.remarkContent ?? '',
      remarkWrongMsg: input.remarkWrongMsg ?? '',
    });
    return { ...account };
  }

  /** The account with this biz_id (give `deliveryId` when two carriers share it). */
  get(bizId: string, deliveryId?: string): EmulatedAccount | undefined {
    const account = this.find(bizId, deliveryId);
    return account && { ...account };
  }

  list(): EmulatedAccount[] {
    return [...this.accounts.values()].map((account) => ({ ...account }));
  }

  /** Status 0: usable by addOrder and getQuota. */
  isBound(deliveryId: string, bizId: string): boolean {
    return (
      this.accounts.get(key(deliveryId, bizId))?.statusCode ===
      AccountStatusCode.Bound
    );
  }

  /** bindAccount's success path: bound at once, or under review for EMS. */
  bind(deliveryId: string, bizId: string, remarkContent = ''): EmulatedAccount {
    const status = REVIEWED_CARRIERS.has(deliveryId) ? 1 : 0;
    const account = this.create(this.carrier(deliveryId), bizId, status);
    account.remarkContent = remarkContent;
    return { ...account };
  }

  /** bindAccount's unbind: kept with status 3, as later getAllAccount copies list it. */
  unbind(deliveryId: string, bizId: string): void {
    const account = this.accounts.get(key(deliveryId, bizId));
    if (account)
      this.update(account, { statusCode: AccountStatusCode.Unbound });
  }

  /** The carrier approved an EMS review: the account becomes bound. */
  approve(bizId: string, deliveryId?: string): EmulatedAccount {
    return this.decideReview(bizId, deliveryId, {
      statusCode: AccountStatusCode.Bound,
    });
  }

  /** The carrier refused an EMS review: status 2 with the reason in `remark_wrong_msg`. */
  refuse(bizId: string, reason: string, deliveryId?: string): EmulatedAccount {
    return this.decideReview(bizId, deliveryId, {
      statusCode: AccountStatusCode.BindFailed,
      remarkWrongMsg: reason,
    });
  }

  /** From now on the carrier says this biz_id's password is wrong (bind 9300531, addOrder 9300501). */
  rejectPassword(bizId: string): void {
    this.wrongPasswords.add(bizId);
  }

  isPasswordRejected(bizId: string): boolean {
    return this.wrongPasswords.has(bizId);
  }

  /** Uses one e-waybill of a quota carrier's account; false when none is left. */
  consumeQuota(deliveryId: string, bizId: string): boolean {
    const account = this.accounts.get(key(deliveryId, bizId));
    if (!account || !this.carriers.get(deliveryId)?.canGetQuota) return true;
    if (account.quotaNum <= 0) return false;
    account.quotaNum -= 1;
    account.quotaUpdateTime = this.clock.nowSeconds();
    return true;
  }

  clear(): void {
    this.accounts.clear();
    this.wrongPasswords.clear();
  }

  private create(
    carrier: EmulatedCarrier,
    bizId: string,
    statusCode: AccountStatusCode,
  ): StoredAccount {
    const previous = this.accounts.get(key(carrier.deliveryId, bizId));
    const now = this.clock.nowSeconds();
    const account = newAccountRecord(carrier, bizId, statusCode, now, previous);
    this.accounts.set(key(carrier.deliveryId, bizId), account);
    return account;
  }

  private update(
    account: StoredAccount,
    change: Partial<StoredAccount>,
  ): EmulatedAccount {
    Object.assign(account, change, { updateTime: this.clock.nowSeconds() });
    return { ...account };
  }

  private carrier(deliveryId: string): EmulatedCarrier {
    const carrier = this.carriers.get(deliveryId);
    if (!carrier) throw new Error(`Unknown deliveryId "${deliveryId}"`);
    return carrier;
  }

  private find(bizId: string, deliveryId?: string): StoredAccount | undefined {
    const matches = [...this.accounts.values()].filter(
      (a) => a.bizId === bizId && (deliveryId ?? a.deliveryId) === a.deliveryId,
    );
    if (matches.length > 1) {
      throw new Error(
        `biz_id "${bizId}" exists at several carriers; pass deliveryId`,
      );
    }
    return matches[0];
  }

  /** Tests decide reviews; deciding one that is not pending is a test bug, so it throws. */
  private decideReview(
    bizId: string,
    deliveryId: string | undefined,
    change: Partial<StoredAccount>,
  ): EmulatedAccount {
    const account = this.find(bizId, deliveryId);
    if (account?.statusCode !== AccountStatusCode.UnderReview) {
      throw new Error(`No account "${bizId}" under review`);
    }
    return this.update(account, change);
  }
}
