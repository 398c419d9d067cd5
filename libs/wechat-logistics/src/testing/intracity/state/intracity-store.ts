import { createHash } from 'node:crypto';
import { type IntracityCarrier } from './intracity-carriers';

/** `address_info` (intracity.md §3.4): the store's pickup address. */
export interface IntracityAddress {
  readonly province: string;
  readonly city: string;
  readonly area: string;
  readonly street?: string;
  readonly house: string;
  readonly lat: number;
  readonly lng: number;
  readonly phone: string;
}

/** One store of an app, as createstore made it and updatestore changed it. */
export interface IntracityStore {
  /** 19-digit string (§4.2); the emulator's encode the app (see `newStoreId`). */
  readonly wxStoreId: string;
  readonly outStoreId: string;
  readonly storeName: string;
  /** 1 price first, 2 carrier first (§3.3). */
  readonly orderPattern: 1 | 2;
  readonly serviceTransPrefer?: IntracityCarrier;
  readonly addressInfo: IntracityAddress;
}

/** Eight digits that stand for an app inside its store ids. */
function appTag(appId: string): string {
  const hash = createHash('sha256').update(appId, 'utf8').digest();
  return String(hash.readUInt32BE(0) % 100_000_000).padStart(8, '0');
}

function checkDigits(body: string): string {
  const hash = createHash('sha256').update(body, 'utf8').digest();
  return String(hash.readUInt16BE(0) % 100).padStart(2, '0');
}

/**
 * `4` + the app's tag + an 8-digit sequence + 2 check digits: 19 digits like
 * WeChat's `4000000000000042001`. Encoding the app lets a book tell a store
 * of another app (934008) from one that never existed (934021) without a
 * registry shared between apps.
 */
export function newStoreId(appId: string, sequence: number): string {
  const body = `4${appTag(appId)}${String(sequence).padStart(8, '0')}`;
  return `${body}${checkDigits(body)}`;
}

/** True for an id the emulator issued to an app other than `appId`. */
export function isStoreIdOfAnotherApp(
  wxStoreId: string,
  appId: string,
): boolean {
  if (!/^4\d{18}$/.test(wxStoreId)) return false;
  const body = wxStoreId.slice(0, 17);
  return (
    checkDigits(body) === wxStoreId.slice(17) &&
    body.slice(1, 9) !== appTag(appId)
  );
}
