/** The carriers of 同城配送 (intracity.md §1, §3.3): the only two listed anywhere. */
export const INTRACITY_CARRIERS = ['DADA', 'SFTC'] as const;
export type IntracityCarrier = (typeof INTRACITY_CARRIERS)[number];

export const isIntracityCarrier = (value: unknown): value is IntracityCarrier =>
  (INTRACITY_CARRIERS as readonly unknown[]).includes(value);

/** `service_trans_name` in balancequery (SKIT's sample says 达达快送; SFTC's is ours). */
export const CARRIER_NAMES: Readonly<Record<IntracityCarrier, string>> = {
  DADA: '达达快送',
  SFTC: '顺丰同城',
};

export interface IntracityCity {
  /** Administrative-division code of the prefecture-level city (a number on the wire, §4.11). */
  readonly cityCode: number;
  readonly cityName: string;
}

const city = (cityCode: number, cityName: string): IntracityCity => ({
  cityCode,
  cityName,
});

const BOTH = [
  city(110100, '北京市'),
  city(310100, '上海市'),
  city(440100, '广州市'),
  city(440300, '深圳市'),
  city(330100, '杭州市'),
  city(510100, '成都市'),
];

/**
 * The cities each carrier serves in the emulator (getcity, and 934009 for a
 * store elsewhere). WeChat's real list is long and changes; this small one
 * (inference) has six cities both serve and two each serves alone, so tests
 * can reach every case.
 */
export const INTRACITY_CITIES: Readonly<
  Record<IntracityCarrier, readonly IntracityCity[]>
> = {
  DADA: [...BOTH, city(420100, '武汉市'), city(320100, '南京市')],
  SFTC: [...BOTH, city(500100, '重庆市'), city(610100, '西安市')],
};

/** The city's code when any carrier serves a city of that name. */
export function cityCodeOf(cityName: string): number | undefined {
  return INTRACITY_CARRIERS.flatMap(
    (carrier) => INTRACITY_CITIES[carrier],
  ).find((known) => known.cityName === cityName)?.cityCode;
}

export function servesCity(
  carrier: IntracityCarrier,
  cityName: string,
): boolean {
  return INTRACITY_CITIES[carrier].some((known) => known.cityName === cityName);
}
