/** A point as an order gives it: `lng`/`lat` and `coordinate_type` (0 GCJ-02, 1 BD-09, §3.0). */
export interface LocalPoint {
  readonly lng: number;
  readonly lat: number;
  readonly coordinateType: 0 | 1;
}

/** What pre_add, add and readd answer about money and distance (§3.5), yuan with ≤ 2 decimals. */
export interface LocalQuote {
  readonly fee: number;
  readonly deliverfee: number;
  readonly couponfee: number;
  readonly tips: number;
  readonly insurancefee: number;
  /** Metres, an integer. */
  readonly distance: number;
  /** Seconds until a rider accepts. */
  readonly dispatch_duration: number;
}

export interface QuoteInput {
  /** Absent when the carrier takes the store from `shop_no` (§3.0): distance 0 then (our choice). */
  readonly sender: LocalPoint | undefined;
  readonly receiver: LocalPoint;
  readonly tips: number;
  /** `declared_value` when insured, else undefined; `goods_value` when insured without one. */
  readonly insuredValue: number | undefined;
}

// The emulator's tariff (inference, §6.3: no carrier's tariff is public here):
// 5 yuan for the first 3 km, 1 yuan per km after, 1% of the insured value.
const BASE_FEE = 5;
const BASE_DISTANCE_M = 3000;
const FEE_PER_KM = 1;
const INSURANCE_RATE = 0.01;
/** §6.3's suggestion, matching the sandbox's observed 300. */
export const DISPATCH_DURATION = 300;

export function quote(input: QuoteInput): LocalQuote {
  const distance = input.sender
    ? Math.round(
        haversineMetres(toGcj02(input.sender), toGcj02(input.receiver)),
      )
    : 0;
  const deliverfee = yuan(
    BASE_FEE + (Math.max(0, distance - BASE_DISTANCE_M) / 1000) * FEE_PER_KM,
  );
  const couponfee = 0;
  return {
    fee: yuan(deliverfee - couponfee),
    deliverfee,
    couponfee,
    tips: yuan(input.tips),
    insurancefee:
      input.insuredValue === undefined
        ? 0
        : yuan(input.insuredValue * INSURANCE_RATE),
    distance,
    dispatch_duration: DISPATCH_DURATION,
  };
}

/** Rounds to the fen: yuan numbers with at most 2 decimals. */
export function yuan(value: number): number {
  return Math.round(value * 100) / 100;
}

const X_PI = (Math.PI * 3000) / 180;

/** BD-09 (Baidu) to GCJ-02, the usual published inverse of Baidu's offset; GCJ-02 passes through. */
export function toGcj02(point: LocalPoint): { lng: number; lat: number } {
  if (point.coordinateType === 0) return { lng: point.lng, lat: point.lat };
  const x = point.lng - 0.0065;
  const y = point.lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
  return { lng: z * Math.cos(theta), lat: z * Math.sin(theta) };
}

const EARTH_RADIUS_M = 6_371_000;

/** Great-circle distance in metres. */
export function haversineMetres(
  a: { lng: number; lat: number },
  b: { lng: number; lat: number },
): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}
