import {
  INTRACITY_CARRIERS,
  type IntracityCarrier,
  servesCity,
} from './intracity-carriers';
import { type IntracityStore } from './intracity-store';

/** Mean Earth radius (m) of the haversine formula. */
const EARTH_RADIUS_M = 6_371_000;

/** Great-circle distance in whole metres (the reference leaves the method open; inference). */
export function haversineMetres(
  from: { lat: number; lng: number },
  to: { lat: number; lng: number },
): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = rad(to.lat - from.lat);
  const dLng = rad(to.lng - from.lng);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(from.lat)) * Math.cos(rad(to.lat)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(a)));
}

/**
 * The emulator's tariff (inference; real prices are the carriers'): a base
 * fee covering 1 km and 5 kg, then a rate per started km and per started kg.
 * DADA is cheaper up to 5 km, SFTC beyond, so "price first" picks differently
 * by distance. Also each carrier's reach and the weight limit (934019, 934020).
 */
export const INTRACITY_TARIFF: Readonly<
  Record<
    IntracityCarrier,
    {
      readonly baseFen: number;
      readonly perKmFen: number;
      readonly perKgFen: number;
      readonly maxDistanceM: number;
      readonly baseMinutes: number;
    }
  >
> = {
  DADA: {
    baseFen: 600,
    perKmFen: 150,
    perKgFen: 100,
    maxDistanceM: 15_000,
    baseMinutes: 30,
  },
  SFTC: {
    baseFen: 800,
    perKmFen: 100,
    perKgFen: 100,
    maxDistanceM: 20_000,
    baseMinutes: 25,
  },
};
/** Heaviest cargo either carrier takes (934020), grams. */
export const MAX_CARGO_WEIGHT_G = 50_000;
/** Minutes added per started km to the delivery promise. */
const MINUTES_PER_KM = 3;

export interface IntracityQuote {
  readonly carrier: IntracityCarrier;
  readonly distance: number;
  readonly fee: number;
  /** Minutes (promise_delivery_time). */
  readonly promiseMinutes: number;
}

export function quoteFor(
  carrier: IntracityCarrier,
  distance: number,
  weightG: number,
): IntracityQuote {
  const tariff = INTRACITY_TARIFF[carrier];
  const km = Math.max(1, Math.ceil(distance / 1000));
  const kg = Math.max(5, Math.ceil(weightG / 1000));
  return {
    carrier,
    distance,
    fee:
      tariff.baseFen + tariff.perKmFen * (km - 1) + tariff.perKgFen * (kg - 5),
    promiseMinutes: tariff.baseMinutes + MINUTES_PER_KM * km,
  };
}

/** Why no carrier takes the order: 934009 city not served, 934019 out of reach. */
export type QuoteRefusal = 934009 | 934019;

/**
 * The carrier the store's preference picks (§3.3): its named carrier when
 * `order_pattern` is 2, else the cheapest of those serving the store's city
 * (DADA on a tie), and that carrier's quote. `checkReach` false (sandbox
 * orders, which no courier takes) skips the distance limit.
 */
export function chooseCarrier(
  store: IntracityStore,
  distance: number,
  weightG: number,
  checkReach: boolean,
): IntracityQuote | QuoteRefusal {
  const candidates =
    store.orderPattern === 2 && store.serviceTransPrefer
      ? [store.serviceTransPrefer]
      : [...INTRACITY_CARRIERS];
  const serving = candidates.filter((carrier) =>
    servesCity(carrier, store.addressInfo.city),
  );
  if (serving.length === 0) return 934009;
  const reaching = checkReach
    ? serving.filter(
        (carrier) => distance <= INTRACITY_TARIFF[carrier].maxDistanceM,
      )
    : serving;
  if (reaching.length === 0) return 934019;
  return reaching
    .map((carrier) => quoteFor(carrier, distance, weightG))
    .reduce((best, next) => (next.fee < best.fee ? next : best));
}
