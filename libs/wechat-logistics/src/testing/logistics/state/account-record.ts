import { type AccountStatusCode } from '../../../logistics/enums/account-status-code.enum';
import { type EmulatedCarrier } from './carrier-registry';
import {
  DEFAULT_ACCOUNT_QUOTA,
  type EmulatedAccount,
} from './emulated-account';

/** The mutable record behind an `EmulatedAccount` snapshot. */
export type StoredAccount = {
  -readonly [K in keyof EmulatedAccount]: EmulatedAccount[K];
};

/** Accounts are unique per carrier and biz_id: the same customer code may exist at two carriers. */
export function accountKey(deliveryId: string, bizId: string): string {
  return JSON.stringify([deliveryId, bizId]);
}

/**
 * A freshly (re)bound account at `now` (Unix s). A rebind after an unbind or
 * a refusal keeps the first bind time and alias, as an update of the same
 * record would; the quota starts afresh, as the carrier reports it again.
 */
export function newAccountRecord(
  carrier: EmulatedCarrier,
  bizId: string,
  statusCode: AccountStatusCode,
  now: number,
  previous?: StoredAccount,
): StoredAccount {
  return {
    bizId,
    deliveryId: carrier.deliveryId,
    createTime: previous?.createTime ?? now,
    updateTime: now,
    statusCode,
    alias: previous?.alias ?? '',
    remarkWrongMsg: '',
    remarkContent: '',
    // Only franchise carriers report a balance; the others show 0.
    quotaNum: carrier.canGetQuota ? DEFAULT_ACCOUNT_QUOTA : 0,
    quotaUpdateTime: now,
    serviceTypes: carrier.serviceTypes.map((service) => ({ ...service })),
  };
}
