import { type RouteHandler } from '../../http/emulator-route';
import { isJsonObject } from '../../http/json-values';
import { okReply } from '../../http/wechat-reply';
import { fieldRequired, intracityError, isReply } from '../intracity-errors';
import { badOptionalField, text } from '../intracity-fields';
import { cityCodeOf } from '../state/intracity-carriers';
import { type IntracityStore } from '../state/intracity-store';
import { readAddress, readPreference } from './store-fields';

/** apply (§4.1): opens the feature; again is fine (idempotent). */
export const applyHandler: RouteHandler = (_request, { intracity }) => {
  intracity.open();
  return okReply();
};

/** createstore (§4.2): `out_store_id` and `address_info` required (inference, §4.2 note); 934010 on a repeat. */
export const createStoreHandler: RouteHandler = ({ body }, { intracity }) => {
  const outStoreId = text(body, 'out_store_id');
  if (outStoreId === undefined) return fieldRequired('out_store_id');
  const bad = badOptionalField(body, [['store_name', 'string']]);
  if (bad) return bad;
  const preference = readPreference(body, { orderPattern: 1 });
  if (isReply(preference)) return preference;
  const addressInfo = readAddress(body['address_info']);
  if (isReply(addressInfo)) return addressInfo;
  // Unique per app for good, even after deletion in the console (§8, COMM).
  if (intracity.stores().some((store) => store.outStoreId === outStoreId))
    return intracityError(934010);
  const store = intracity.addStore({
    outStoreId,
    storeName: (body['store_name'] as string | undefined) ?? '',
    ...preference,
    addressInfo,
  });
  return okReply({
    wx_store_id: store.wxStoreId,
    appid: intracity.appId,
    out_store_id: store.outStoreId,
  });
};

/** A store as querystore lists it (§4.3: no store_name). */
function storeView(store: IntracityStore): Record<string, unknown> {
  return {
    wx_store_id: store.wxStoreId,
    out_store_id: store.outStoreId,
    city_id: String(cityCodeOf(store.addressInfo.city) ?? 0),
    order_pattern: store.orderPattern,
    service_trans_prefer: store.serviceTransPrefer ?? '',
    address_info: { ...store.addressInfo },
  };
}

/** querystore (§4.3): by wx_store_id, by out_store_id, or all; a named store that is not there is 934021. */
export const queryStoreHandler: RouteHandler = ({ body }, { intracity }) => {
  const bad = badOptionalField(body, [
    ['wx_store_id', 'string'],
    ['out_store_id', 'string'],
  ]);
  if (bad) return bad;
  const wxStoreId = text(body, 'wx_store_id');
  const outStoreId = text(body, 'out_store_id');
  let stores = intracity.stores();
  if (wxStoreId !== undefined) {
    const found = intracity.lookupStore(wxStoreId);
    if (typeof found === 'number') return intracityError(found);
    stores = [found];
  }
  if (outStoreId !== undefined) {
    stores = stores.filter((store) => store.outStoreId === outStoreId);
    if (stores.length === 0) return intracityError(934021);
  }
  return okReply({
    store_list: stores.map(storeView),
    total: stores.length,
    appid: intracity.appId,
  });
};

/** updatestore (§4.4): `keys` names the store, `content` the changes (only those sent). */
export const updateStoreHandler: RouteHandler = ({ body }, { intracity }) => {
  const keys = body['keys'];
  const content = body['content'];
  if (!isJsonObject(keys)) return fieldRequired('keys');
  if (!isJsonObject(content)) return fieldRequired('content');
  const wxStoreId = text(keys, 'wx_store_id');
  const outStoreId = text(keys, 'out_store_id');
  if (wxStoreId === undefined && outStoreId === undefined)
    return fieldRequired('keys.wx_store_id');
  let store: IntracityStore | undefined;
  if (wxStoreId !== undefined) {
    const found = intracity.lookupStore(wxStoreId);
    if (typeof found === 'number') return intracityError(found);
    store = found;
  } else store = intracity.stores().find((s) => s.outStoreId === outStoreId);
  if (!store) return intracityError(934021);
  const bad = badOptionalField(content, [['store_name', 'string']], 'content.');
  if (bad) return bad;
  const preference = readPreference(content, store, 'content.');
  if (isReply(preference)) return preference;
  let addressInfo = store.addressInfo;
  if (content['address_info'] !== undefined) {
    const read = readAddress(content['address_info']);
    if (isReply(read)) return read;
    addressInfo = read;
  }
  const storeName = content['store_name'] as string | undefined;
  intracity.replaceStore({
    ...store,
    ...(storeName !== undefined ? { storeName } : {}),
    orderPattern: preference.orderPattern,
    ...(preference.serviceTransPrefer
      ? { serviceTransPrefer: preference.serviceTransPrefer }
      : {}),
    addressInfo,
  });
  return okReply();
};
