import {
  isFiniteNumber,
  isInteger,
  isJsonObject,
  isNonEmptyString,
  isOptionalString,
} from '../../http/json-values';

/** The parts of a well-formed addOrder body the later checks need. */
export interface AddOrderRequest {
  readonly addSource: 0 | 2;
  readonly orderId: string;
  readonly deliveryId: string;
  readonly bizId: string;
  readonly openid?: string;
  readonly wxAppid?: string;
  readonly serviceType: number;
}

/**
 * addOrder's required-field rules (§6.1, §2.1–2.5), or undefined (930561).
 * The older, stricter sub-field rules apply (§12.6). `shop` is required
 * unless add_source = 2 (§2.3 conflict: most sources say required, MZ waives
 * it for App/H5 orders); its contents are judged later, with 9300535.
 */
export function readAddOrderRequest(
  body: Readonly<Record<string, unknown>>,
): AddOrderRequest | undefined {
  const addSource = body['add_source'];
  if (addSource !== 0 && addSource !== 2) return undefined;
  const { order_id: orderId, delivery_id: deliveryId, biz_id: bizId } = body;
  const { openid, wx_appid: wxAppid, service } = body;
  const wellFormed =
    isNonEmptyString(orderId) &&
    isNonEmptyString(deliveryId) &&
    isNonEmptyString(bizId) &&
    (addSource === 2 ? isOptionalString(openid) : isNonEmptyString(openid)) &&
    isOptionalString(wxAppid) &&
    isOptionalString(body['custom_remark']) &&
    optional(body['tagid'], isInteger) &&
    optional(body['take_mode'], isInteger) &&
    isExpectTime(body['expect_time'], deliveryId === 'SF') &&
    isPerson(body['sender']) &&
    isPerson(body['receiver']) &&
    isCargo(body['cargo']) &&
    isInsured(body['insured']) &&
    isService(service) &&
    (addSource === 2
      ? optional(body['shop'], isJsonObject)
      : isJsonObject(body['shop']));
  if (!wellFormed) return undefined;
  return {
    addSource,
    orderId,
    deliveryId,
    bizId,
    openid: openid as string | undefined,
    wxAppid: wxAppid as string | undefined,
    serviceType: service['service_type'] as number,
  };
}

function optional(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

/** Required for SF (its courier never comes otherwise); 0 = agreed in advance. */
function isExpectTime(value: unknown, required: boolean): boolean {
  if (value === undefined) return !required;
  return isInteger(value) && value >= 0;
}

/** §2.1: name and full address, and a phone (tel or mobile). */
function isPerson(value: unknown): boolean {
  if (!isJsonObject(value)) return false;
  const required = ['name', 'province', 'city', 'area', 'address'];
  const optionalText = ['tel', 'mobile', 'company', 'post_code', 'country'];
  return (
    required.every((name) => isNonEmptyString(value[name])) &&
    optionalText.every((name) => isOptionalString(value[name])) &&
    (isNonEmptyString(value['tel']) || isNonEmptyString(value['mobile']))
  );
}

/** §2.2: counts are integers; weight and sizes may be fractional. */
function isCargo(value: unknown): boolean {
  if (!isJsonObject(value)) return false;
  const details = value['detail_list'];
  return (
    isInteger(value['count']) &&
    ['weight', 'space_x', 'space_y', 'space_z'].every((name) =>
      isFiniteNumber(value[name]),
    ) &&
    Array.isArray(details) &&
    details.every(
      (detail) =>
        isJsonObject(detail) &&
        isNonEmptyString(detail['name']) &&
        isInteger(detail['count']),
    )
  );
}

/** §2.4: the object and both fields (older rules); the value is in fen. */
function isInsured(value: unknown): boolean {
  return (
    isJsonObject(value) &&
    (value['use_insured'] === 0 || value['use_insured'] === 1) &&
    isInteger(value['insured_value'])
  );
}

function isService(value: unknown): value is Record<string, unknown> {
  return (
    isJsonObject(value) &&
    isInteger(value['service_type']) &&
    isNonEmptyString(value['service_name'])
  );
}
