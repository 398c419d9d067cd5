import { isJsonObject } from '../../http/json-values';
import { type EmulatedPackage } from '../state/emulated-payment';
import { MAX_PACKAGES } from '../state/shipment-transition';

/** An upload's shipping fields, checked in shape (upload time and state not yet). */
export interface ShipmentFields {
  readonly logisticsType: number;
  readonly deliveryMode: number;
  readonly isAllDelivered?: boolean;
  readonly items: readonly ShippingItem[];
}

interface ShippingItem {
  readonly trackingNo: string;
  readonly expressCompany: string;
  readonly itemDesc: string;
  readonly consignorContact?: string;
  readonly receiverContact?: string;
}

/** A failed check: the errcode and, for the catch-all 10060014, which field. */
export interface FieldRefusal {
  readonly errcode: number;
  readonly detail?: string;
}

const MAX_ITEM_DESC_CHARS = 120;
const MAX_CODE_BYTES = 128;
const MAX_CONTACT_CHARS = 1024;
/** SF Express's carrier code: its waybills need a contact phone (§3.2). */
const SF_CODES = new Set(['SF']);

/**
 * `logistics_type`, `delivery_mode`, `is_all_delivered` and `shipping_list`
 * of one payment's upload, in WeChat's check order (shipping-info.md §7.2
 * steps 4–6): the first failure, or the fields.
 */
export function readShipment(
  body: Readonly<Record<string, unknown>>,
): ShipmentFields | FieldRefusal {
  const logisticsType = body['logistics_type'];
  const deliveryMode = body['delivery_mode'];
  const isAllDelivered = body['is_all_delivered'];
  const list = body['shipping_list'];
  if (wrongType(logisticsType, 'number') || wrongType(deliveryMode, 'number')) {
    return { errcode: 47001 };
  }
  if (wrongType(isAllDelivered, 'boolean')) return { errcode: 47001 };
  if (![1, 2, 3, 4].includes(logisticsType as number)) {
    return { errcode: 10060005 };
  }
  if (deliveryMode !== 1 && deliveryMode !== 2) return { errcode: 268485224 };
  if (deliveryMode === 2 && logisticsType !== 1) return { errcode: 10060006 };
  if (deliveryMode === 2 && isAllDelivered === undefined) {
    return { errcode: 10060007 };
  }

  if (list !== undefined && !Array.isArray(list)) return { errcode: 47001 };
  const entries: unknown[] = list ?? [];
  if (deliveryMode === 1 && entries.length !== 1) return { errcode: 268485228 };
  if (entries.length > MAX_PACKAGES) return { errcode: 10060024 };
  if (entries.length === 0) {
    return { errcode: 10060014, detail: 'shipping_list is empty' };
  }
  const items: ShippingItem[] = [];
  for (const [index, entry] of entries.entries()) {
    const item = readItem(entry, logisticsType === 1, index);
    if ('errcode' in item) return item;
    items.push(item);
  }
  return {
    logisticsType: logisticsType as number,
    deliveryMode,
    ...(deliveryMode === 2
      ? { isAllDelivered: isAllDelivered as boolean }
      : {}),
    items,
  };
}

/** The packages to store, stamped with the upload's time (Unix seconds, as get_order answers). */
export function toPackages(
  fields: ShipmentFields,
  uploadTimeMs: number,
): EmulatedPackage[] {
  const uploadTime = Math.floor(uploadTimeMs / 1000);
  return fields.items.map((item) => ({
    trackingNo: item.trackingNo,
    expressCompany: item.expressCompany,
    goodsDesc: item.itemDesc,
    uploadTime,
    ...(item.consignorContact === undefined
      ? {}
      : { consignorContact: item.consignorContact }),
    ...(item.receiverContact === undefined
      ? {}
      : { receiverContact: item.receiverContact }),
  }));
}

/** One `shipping_list[]` entry (§3.2); express needs a waybill and a carrier. */
function readItem(
  entry: unknown,
  express: boolean,
  index: number,
): ShippingItem | FieldRefusal {
  if (!isJsonObject(entry)) {
    return {
      errcode: 10060014,
      detail: `shipping_list[${index}] is not an object`,
    };
  }
  const trackingNo = entry['tracking_no'];
  const expressCompany = entry['express_company'];
  const itemDesc = entry['item_desc'];
  const contact = entry['contact'];
  if (
    wrongType(trackingNo, 'string') ||
    wrongType(expressCompany, 'string') ||
    wrongType(itemDesc, 'string') ||
    (contact !== undefined && !isJsonObject(contact))
  ) {
    return { errcode: 47001 };
  }
  if (express) {
    if (!trackingNo) return { errcode: 268485226 };
    if (!expressCompany) return { errcode: 268485227 };
    if (Buffer.byteLength(trackingNo as string) > MAX_CODE_BYTES) {
      return { errcode: 10060026 };
    }
    if (Buffer.byteLength(expressCompany as string) > MAX_CODE_BYTES) {
      return { errcode: 10060025 };
    }
  }
  if (!itemDesc) return { errcode: 10060008 };
  if ([...(itemDesc as string)].length > MAX_ITEM_DESC_CHARS) {
    return { errcode: 10060009 };
  }
  const consignor = contact?.['consignor_contact'];
  const receiver = contact?.['receiver_contact'];
  if (wrongType(consignor, 'string') || wrongType(receiver, 'string')) {
    return { errcode: 47001 };
  }
  for (const phone of [consignor, receiver] as (string | undefined)[]) {
    if (phone !== undefined && phone.length > MAX_CONTACT_CHARS) {
      return {
        errcode: 10060014,
        detail: `shipping_list[${index}].contact is too long`,
      };
    }
  }
  if (
    express &&
    SF_CODES.has(expressCompany as string) &&
    !consignor &&
    !receiver
  ) {
    return {
      errcode: 10060014,
      detail: `shipping_list[${index}].contact is required for SF`,
    };
  }
  return {
    trackingNo: (trackingNo as string | undefined) ?? '',
    expressCompany: (expressCompany as string | undefined) ?? '',
    itemDesc: itemDesc as string,
    ...(consignor ? { consignorContact: consignor as string } : {}),
    ...(receiver ? { receiverContact: receiver as string } : {}),
  };
}

/** Present with another JSON type than `type`: WeChat's 47001. */
function wrongType(
  value: unknown,
  type: 'number' | 'string' | 'boolean',
): boolean {
  return value !== undefined && value !== null && typeof value !== type;
}
