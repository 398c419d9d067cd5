import { isJsonObject } from '../../http/json-values';

/** §2.1 limits of every sender/receiver field, in UTF-8 bytes (a Chinese character is 3). */
const PERSON_LIMITS: Readonly<Record<string, number>> = {
  name: 64,
  tel: 32,
  mobile: 32,
  company: 64,
  post_code: 10,
  country: 64,
  province: 64,
  city: 64,
  area: 64,
  address: 512,
};

/**
 * Whether any field of a well-formed addOrder body is over its byte limit
 * (9300526). Limits are bytes, not characters, in every source (§2.1); shop
 * detail_list texts are left alone (their limit is disputed, §2.3).
 */
export function exceedsByteLimits(
  body: Readonly<Record<string, unknown>>,
): boolean {
  const limited: [unknown, number][] = [
    [body['order_id'], 512],
    [body['custom_remark'], 1024],
    ...personFields(body['sender']),
    ...personFields(body['receiver']),
    ...detailNames(body['cargo']),
    [isJsonObject(body['shop']) ? body['shop']['goods_name'] : undefined, 128],
  ];
  return limited.some(
    ([value, limit]) =>
      typeof value === 'string' && Buffer.byteLength(value, 'utf8') > limit,
  );
}

function personFields(person: unknown): [unknown, number][] {
  if (!isJsonObject(person)) return [];
  return Object.entries(PERSON_LIMITS).map(([name, limit]) => [
    person[name],
    limit,
  ]);
}

function detailNames(cargo: unknown): [unknown, number][] {
  const details = isJsonObject(cargo) ? cargo['detail_list'] : undefined;
  if (!Array.isArray(details)) return [];
  return details.map((detail: unknown) => [
    isJsonObject(detail) ? detail['name'] : undefined,
    128,
  ]);
}
