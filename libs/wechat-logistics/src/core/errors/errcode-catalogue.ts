/**
 * The one errcode catalogue. It drives the exception filter (HTTP status and
 * plain-English message), the retry policy (`retryable`), the token refresh
 * (`kind: 'token'`), the README's table and the emulator's `errmsg` texts.
 *
 * Each API family lists its own codes in `<family>.errcodes.ts`, beside the
 * platform-wide ones (global.errcodes.ts); a new family adds its file to
 * FAMILY_ERRCODES below. `errmsg` is WeChat's typical English text (the
 * emulator sends it, plus a ` rid: …` suffix).
 *
 * WeChat reuses a few codes across families with another meaning (9300513 is
 * the logistics assistant's "carrier out of e-waybill quota" but 物流服务's
 * "daily call quota used up"). A family states such codes as its `readings`:
 * they apply to its own calls only (the `api` prefix), and the catalogue's
 * entry stays what every other call reads.
 */
import { INTRACITY_ERRCODES } from '../../intracity/intracity.errcodes';
import { LOCAL_DELIVERY_ERRCODES } from '../../local-delivery/local-delivery.errcodes';
import { LOGISTICS_ERRCODES } from '../../logistics/logistics.errcodes';
import {
  RETURNS_CODES,
  RETURNS_READINGS,
} from '../../returns/returns.errcodes';
import { SHIPPING_ERRCODES } from '../../shipping/shipping.errcodes';
import { WAYBILL_TRACKING_ERRCODES } from '../../waybill-tracking/waybill-tracking.errcodes';
import { API_SECURITY_ERRCODES } from './api-security.errcodes';
import { GLOBAL_ERRCODES } from './global.errcodes';

/** What an errcode says about the failed call; drives status, retries and token handling. */
export type ErrcodeKind =
  /** WeChat rejected the arguments we sent. */
  | 'bad-request'
  /** Something the request names (order, waybill, carrier, account) does not exist. */
  | 'not-found'
  /** The object is in a state that does not allow the operation. */
  | 'conflict'
  /** A quota or frequency limit was hit. */
  | 'rate-limit'
  /** This server's credentials, whitelist or permissions are wrong: an operator must act. */
  | 'configuration'
  /** The access token was rejected: refresh once and retry once. */
  | 'token'
  /** The carrier (快递公司) refused or failed; the body carries its own code. */
  | 'carrier'
  /** WeChat is busy; retrying later may succeed. */
  | 'busy';

export interface ErrcodeEntry {
  readonly errcode: number;
  /** WeChat's typical errmsg (without the `rid` suffix). */
  readonly errmsg: string;
  /** Plain-English explanation shown to API consumers as `message`. */
  readonly meaning: string;
  /** HTTP status the exception filter answers with. */
  readonly httpStatus: number;
  /** Whether the library may retry the same request within the call's budget. */
  readonly retryable: boolean;
  readonly kind: ErrcodeKind;
}

/** One errcode: WeChat's typical errmsg and our plain-English meaning. */
export type ErrcodeRow = [errcode: number, errmsg: string, meaning: string];

/** A family's errcodes, grouped by what they say about the call. */
export type ErrcodeRows = Partial<Record<ErrcodeKind, ErrcodeRow[]>>;

const STATUS_BY_KIND: Record<ErrcodeKind, number> = {
  'bad-request': 400,
  'not-found': 404,
  conflict: 409,
  'rate-limit': 429,
  configuration: 500,
  // A token still rejected after the one refresh: the gateway (us) got a bad answer.
  token: 502,
  carrier: 502,
  busy: 503,
};

const RETRYABLE_KINDS: ReadonlySet<ErrcodeKind> = new Set(['busy']);

/** One family's codes: `family` is the prefix of its calls' `api` (`shipping.getOrder`). */
export interface FamilyErrcodes {
  readonly family: string;
  /** Codes no other family lists. */
  readonly codes: ErrcodeRows;
  /** Codes already in the catalogue that mean something else for this family's calls. */
  readonly readings?: ErrcodeRows;
}

/** Every family's errcodes; one line per family. */
const FAMILY_ERRCODES: readonly FamilyErrcodes[] = [
  { family: 'global', codes: GLOBAL_ERRCODES },
  // Codes of WeChat's server API security, which any family's calls may get.
  { family: 'api-security', codes: API_SECURITY_ERRCODES },
  { family: 'logistics', codes: LOGISTICS_ERRCODES },
  { family: 'shipping', codes: SHIPPING_ERRCODES },
  { family: 'returns', codes: RETURNS_CODES, readings: RETURNS_READINGS },
  WAYBILL_TRACKING_ERRCODES,
  LOCAL_DELIVERY_ERRCODES,
  INTRACITY_ERRCODES,
];

export const ERRCODE_CATALOGUE: ReadonlyMap<number, ErrcodeEntry> = assemble(
  FAMILY_ERRCODES.map((family) => family.codes),
);

/** Each family's own readings of shared codes, by family. */
const FAMILY_READINGS: ReadonlyMap<
  string,
  ReadonlyMap<number, ErrcodeEntry>
> = assembleReadings(FAMILY_ERRCODES, ERRCODE_CATALOGUE);

/**
 * 即时配送's second level (local-delivery.md §1.4): WeChat passed the call on
 * (no errcode, or 0) and the carrier refused it with a `resultcode` of its
 * own (only 0 is defined). Such a `WechatApiError` carries errcode 0 — what
 * WeChat answered — with `deliveryResultcode` / `deliveryResultmsg`; it is
 * never retried. Not in {@link ERRCODE_CATALOGUE}, which is keyed by the
 * errcodes WeChat sends.
 */
export const CARRIER_RESULT_ENTRY: ErrcodeEntry = {
  errcode: 0,
  errmsg: 'ok',
  meaning:
    "WeChat passed the call on, but the carrier refused it; deliveryResultcode and deliveryResultmsg are the carrier's own code and message.",
  httpStatus: 502,
  retryable: false,
  kind: 'carrier',
};

/** Errcodes that mean "refresh the access token once and retry once". */
export const TOKEN_REJECTED_ERRCODES: ReadonlySet<number> = new Set(
  [...ERRCODE_CATALOGUE.values()]
    .filter((e) => e.kind === 'token')
    .map((e) => e.errcode),
);

/**
 * The catalogue entry for an errcode — the reading of the family that `api`
 * (`tracking.traceWaybill`) belongs to, when it has its own — or `undefined`
 * for one WeChat never documented.
 */
export function findErrcode(
  errcode: number,
  api?: string,
): ErrcodeEntry | undefined {
  const family = api?.slice(0, api.indexOf('.'));
  return (
    (family ? FAMILY_READINGS.get(family)?.get(errcode) : undefined) ??
    ERRCODE_CATALOGUE.get(errcode)
  );
}

/** {@link findErrcode} for a call's `api`: what the filter, retries and the demo's OpenAPI examples read. */
export const errcodeEntryFor = (
  errcode: number,
  api: string,
): ErrcodeEntry | undefined => findErrcode(errcode, api);

/** One entry per errcode; a code two families both list is a mistake, refused when the module loads. */
export function assemble(
  families: readonly ErrcodeRows[],
): Map<number, ErrcodeEntry> {
  const catalogue = new Map<number, ErrcodeEntry>();
  for (const family of families)
    for (const entry of entries(family)) {
      if (catalogue.has(entry.errcode))
        throw new Error(
          `errcode ${entry.errcode} is listed twice in the catalogue`,
        );
      catalogue.set(entry.errcode, entry);
    }
  return catalogue;
}

/**
 * A reading must override a code the catalogue has (else it belongs in the
 * family's `codes`), and a family names each reading once.
 */
export function assembleReadings(
  families: readonly FamilyErrcodes[],
  catalogue: ReadonlyMap<number, ErrcodeEntry>,
): Map<string, Map<number, ErrcodeEntry>> {
  const readings = new Map<string, Map<number, ErrcodeEntry>>();
  for (const { family, readings: rows } of families) {
    if (!rows) continue;
    const own = new Map<number, ErrcodeEntry>();
    for (const entry of entries(rows)) {
      if (!catalogue.has(entry.errcode) || own.has(entry.errcode))
        throw new Error(
          `errcode ${entry.errcode} is not a reading of a catalogued code for family ${family}: list it once, in codes`,
        );
      own.set(entry.errcode, entry);
    }
    readings.set(family, own);
  }
  return readings;
}

function entries(rows: ErrcodeRows): ErrcodeEntry[] {
  return (Object.entries(rows) as [ErrcodeKind, ErrcodeRow[]][]).flatMap(
    ([kind, list]) =>
      list.map(([errcode, errmsg, meaning]) => ({
        errcode,
        errmsg,
        meaning,
        kind,
        httpStatus: STATUS_BY_KIND[kind],
        retryable: RETRYABLE_KINDS.has(kind),
      })),
  );
}
