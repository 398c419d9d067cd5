import { isJsonObject } from '../../http/json-values';
import { type WechatReply } from '../../http/wechat-reply';
import {
  fieldInvalid,
  fieldRequired,
  intracityError,
} from '../intracity-errors';
import { badOptionalField, firstBadField } from '../intracity-fields';
import {
  isIntracityCarrier,
  type IntracityCarrier,
} from '../state/intracity-carriers';
import { type IntracityAddress } from '../state/intracity-store';

/** 11-digit mobile, or an area-code landline like `020-8080880` (§1). */
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** `address_info` checked (§3.4): required fields, coordinates in range, a phone; or the 934001. */
export function readAddress(value: unknown): IntracityAddress | WechatReply {
  if (value === undefined || value === null)
    return fieldRequired('address_info');
  if (!isJsonObject(value)) return fieldInvalid('address_info');
  const bad =
    firstBadField(
      value,
      [
        ['province', 'string'],
        ['city', 'string'],
        ['area', 'string'],
        ['house', 'string'],
        ['lat', 'number'],
        ['lng', 'number'],
        ['phone', 'string'],
      ],
      'address_info.',
    ) ?? badOptionalField(value, [['street', 'string']], 'address_info.');
  if (bad) return bad;
  const lat = value['lat'] as number;
  const lng = value['lng'] as number;
  if (Math.abs(lat) > 90) return fieldInvalid('address_info.lat');
  if (Math.abs(lng) > 180) return fieldInvalid('address_info.lng');
  if (!PHONE.test(value['phone'] as string))
    return fieldInvalid('address_info.phone');
  const street = value['street'] as string | undefined;
  return {
    province: value['province'] as string,
    city: value['city'] as string,
    area: value['area'] as string,
    ...(street ? { street } : {}),
    house: value['house'] as string,
    lat,
    lng,
    phone: value['phone'] as string,
  };
}

/**
 * `order_pattern` + `service_trans_prefer` (§3.3): 1 or 2 (a numeric string
 * too: updatestore's is a string in OFF-IC, §11); pattern 2 needs a carrier
 * (934001), and a carrier must be DADA or SFTC (934003).
 */
export function readPreference(
  body: Readonly<Record<string, unknown>>,
  current: { orderPattern: 1 | 2; serviceTransPrefer?: IntracityCarrier },
  prefix = '',
):
  { orderPattern: 1 | 2; serviceTransPrefer?: IntracityCarrier } | WechatReply {
  const raw = body['order_pattern'];
  const pattern = raw === undefined ? current.orderPattern : Number(raw);
  if (pattern !== 1 && pattern !== 2)
    return fieldInvalid(`${prefix}order_pattern`);
  const prefer = body['service_trans_prefer'] ?? current.serviceTransPrefer;
  if (prefer !== undefined && prefer !== '' && !isIntracityCarrier(prefer))
    return intracityError(934003);
  if (pattern === 2 && !prefer)
    return fieldRequired(`${prefix}service_trans_prefer`);
  return {
    orderPattern: pattern,
    ...(isIntracityCarrier(prefer) ? { serviceTransPrefer: prefer } : {}),
  };
}
