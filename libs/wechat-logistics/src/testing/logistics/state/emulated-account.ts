import { type AccountStatusCode } from '../../../logistics/enums/account-status-code.enum';
import { type CarrierServiceType } from './carrier-registry';

/** Input of `AccountBook.seed`: an account as if bound earlier. */
export interface SeedAccountInput {
  bizId: string;
  deliveryId: string;
  /** @default 0 (bound) */
  statusCode?: AccountStatusCode;
  /** @default DEFAULT_ACCOUNT_QUOTA for carriers with quota support, else 0 */
  quotaNum?: number;
  /** @default '' */
  alias?: string;
  /** @default '' */
  remarkContent?: string;
  /** @default '' */
  remarkWrongMsg?: string;
}

/** A carrier account as getAllAccount describes it, camelCase for tests. */
export interface EmulatedAccount {
  readonly bizId: string;
  readonly deliveryId: string;
  /** Unix seconds (emulator clock). */
  readonly createTime: number;
  readonly updateTime: number;
  readonly statusCode: AccountStatusCode;
  readonly alias: string;
  readonly remarkWrongMsg: string;
  readonly remarkContent: string;
  /** Remaining e-waybills; addOrder on a quota carrier uses one. */
  readonly quotaNum: number;
  readonly quotaUpdateTime: number;
  /** The carrier's services (WeChat lists them per account). */
  readonly serviceTypes: readonly CarrierServiceType[];
}

/** e-waybills a newly bound franchise account starts with (WeChat's real figure comes from the carrier). */
export const DEFAULT_ACCOUNT_QUOTA = 100;

/** Carriers that bind without a password (OFF-MID §4.2); everyone else's bind needs one. */
export const PASSWORDLESS_CARRIERS: ReadonlySet<string> = new Set([
  'EMS',
  'SF',
  'JD',
]);

/** Carriers whose binding goes to manual review (9300532) instead of binding at once. */
export const REVIEWED_CARRIERS: ReadonlySet<string> = new Set(['EMS']);
