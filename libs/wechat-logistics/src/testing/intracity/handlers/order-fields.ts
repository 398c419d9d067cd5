import { isJsonObject } from '../../http/json-values';
import { type WechatReply } from '../../http/wechat-reply';
import { fieldInvalid, intracityError } from '../intracity-errors';
import { type FieldRule, firstBadField } from '../intracity-fields';
import { type IntracityBook } from '../state/intracity-book';
import { type IntracityCargo } from '../state/intracity-order';
import {
  chooseCarrier,
  haversineMetres,
  type IntracityQuote,
  MAX_CARGO_WEIGHT_G,
} from '../state/intracity-quote';
import { type IntracityStore } from '../state/intracity-store';

/** The recipient SFTC's sandbox insists on (§4.13); anyone else is 934019. */
export const SFTC_SANDBOX_RECIPIENT = {
  user_name: '顺丰同城',
  user_phone: '13881979410',
  user_address: '北京市海淀区学清嘉创大厦A座15层',
} as const;

export const CARGO_RULES: readonly FieldRule[] = [
  ['cargo_name', 'string'],
  ['cargo_weight', 'number'],
  ['cargo_price', 'integer'],
  ['cargo_type', 'integer'],
  ['cargo_num', 'integer'],
];

const ITEM_RULES: readonly FieldRule[] = [
  ['item_name', 'string'],
  ['item_pic_url', 'string'],
  ['count', 'integer'],
];

/** `cargo` checked (§4.12, §4.13; `item_list` only for addorder), or the 934001 naming the field. */
export function readCargo(
  value: unknown,
  withItems: boolean,
): IntracityCargo | WechatReply {
  if (!isJsonObject(value)) return fieldInvalid('cargo');
  const bad = firstBadField(
    value,
    withItems ? [...CARGO_RULES, ['item_list', 'array']] : CARGO_RULES,
    'cargo.',
  );
  if (bad) return bad;
  const items = withItems ? (value['item_list'] as unknown[]) : [];
  for (const [index, item] of items.entries()) {
    if (!isJsonObject(item)) return fieldInvalid(`cargo.item_list[${index}]`);
    const badItem = firstBadField(
      item,
      ITEM_RULES,
      `cargo.item_list[${index}].`,
    );
    if (badItem) return badItem;
  }
  return {
    cargoName: value['cargo_name'] as string,
    cargoWeight: value['cargo_weight'] as number,
    cargoPrice: value['cargo_price'] as number,
    cargoType: value['cargo_type'] as number,
    cargoNum: value['cargo_num'] as number,
    itemList: items.map((raw) => {
      const item = raw as Record<string, unknown>;
      return {
        itemName: item['item_name'] as string,
        itemPicUrl: item['item_pic_url'] as string,
        count: item['count'] as number,
      };
    }),
  };
}

/** `use_sandbox`: 1 sandbox; absent, null or 0 not (§3.3); anything else 934001. */
export function readSandbox(
  body: Readonly<Record<string, unknown>>,
): boolean | WechatReply {
  const value = body['use_sandbox'];
  if (value === undefined || value === null || value === 0) return false;
  return value === 1 ? true : fieldInvalid('use_sandbox');
}

/** The store the order is for (934021 / 934008), or the refusal. */
export function orderStore(
  body: Readonly<Record<string, unknown>>,
  intracity: IntracityBook,
): IntracityStore | WechatReply {
  const found = intracity.lookupStore(body['wx_store_id'] as string);
  return typeof found === 'number' ? intracityError(found) : found;
}

/**
 * The quote for this store and recipient: weight limit (934020), carrier by
 * the store's preference (934009 city, 934019 reach; reach not checked in the
 * sandbox), and SFTC's fixed sandbox recipient (934019).
 */
export function quoteOrder(
  body: Readonly<Record<string, unknown>>,
  store: IntracityStore,
  weightG: number,
  sandbox: boolean,
): IntracityQuote | WechatReply {
  if (weightG > MAX_CARGO_WEIGHT_G) return intracityError(934020);
  const distance = haversineMetres(store.addressInfo, {
    lat: body['user_lat'] as number,
    lng: body['user_lng'] as number,
  });
  const quote = chooseCarrier(store, distance, weightG, !sandbox);
  if (typeof quote === 'number') return intracityError(quote);
  if (sandbox && quote.carrier === 'SFTC') {
    const fixed = Object.entries(SFTC_SANDBOX_RECIPIENT).every(
      ([field, value]) => body[field] === value,
    );
    if (!fixed)
      return intracityError(
        934019,
        'out of the delivery range of the carrier: SFTC sandbox orders must go to the fixed test recipient',
      );
  }
  return quote;
}
