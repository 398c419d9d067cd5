import { type WechatReply } from '../../http/wechat-reply';
import {
  fieldInvalid,
  fieldRequired,
  intracityError,
} from '../intracity-errors';
import { text } from '../intracity-fields';
import { type IntracityBook, payerOf } from '../state/intracity-book';
import {
  type IntracityCarrier,
  isIntracityCarrier,
} from '../state/intracity-carriers';
import { type IntracityPayMode, isPayMode } from '../state/intracity-ledger';

export interface PayerFields {
  readonly payMode: IntracityPayMode;
  /** The balance key (`store:<id>`, `app`, `component`). */
  readonly payer: string;
  /** The store named ('' when an app/component call named none). */
  readonly wxStoreId: string;
}

/**
 * `pay_mode` (default the store) and `wx_store_id` (required for the store's
 * balance, §4.5): the balance a money call is about. A store named must be
 * this app's (934021 / 934008).
 */
export function readPayer(
  body: Readonly<Record<string, unknown>>,
  intracity: IntracityBook,
  storeRequired = false,
): PayerFields | WechatReply {
  const rawMode = body['pay_mode'];
  if (rawMode !== undefined && rawMode !== '' && !isPayMode(rawMode))
    return fieldInvalid('pay_mode');
  const payMode: IntracityPayMode = isPayMode(rawMode)
    ? rawMode
    : 'PAY_MODE_STORE';
  const wxStoreId = text(body, 'wx_store_id');
  if (wxStoreId === undefined) {
    if (storeRequired || payMode === 'PAY_MODE_STORE')
      return fieldRequired('wx_store_id');
    return { payMode, payer: payerOf(payMode), wxStoreId: '' };
  }
  const store = intracity.lookupStore(wxStoreId);
  if (typeof store === 'number') return intracityError(store);
  return { payMode, payer: payerOf(payMode, wxStoreId), wxStoreId };
}

/** A required `service_trans_id` (934001 missing, 934003 not DADA/SFTC). */
export function readCarrier(
  body: Readonly<Record<string, unknown>>,
): IntracityCarrier | WechatReply {
  const value = body['service_trans_id'];
  if (value === undefined || value === '')
    return fieldRequired('service_trans_id');
  return isIntracityCarrier(value) ? value : intracityError(934003);
}

/** An optional `service_trans_id`: undefined for all carriers, or the 934003. */
export function readOptionalCarrier(
  body: Readonly<Record<string, unknown>>,
): IntracityCarrier | undefined | WechatReply {
  const value = body['service_trans_id'];
  if (value === undefined || value === '') return undefined;
  return isIntracityCarrier(value) ? value : intracityError(934003);
}
