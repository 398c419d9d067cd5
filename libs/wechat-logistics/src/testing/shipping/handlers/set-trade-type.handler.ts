import { type RouteHandler } from '../../http/emulator-route';
import { isJsonObject } from '../../http/json-values';
import { okReply } from '../../http/wechat-reply';
import { shippingError } from '../shipping-errmsgs';

const MAX_MATERIALS = 10;
const MAX_VIDEOS = 3;

/**
 * POST /wxa/sec/order/setwxatradetypecgi (§4.12): one application per
 * account (a second → 268486048). The reference documents no errcode for a
 * bad field; the emulator answers 47001 naming it (inference).
 */
export const setTradeTypeHandler: RouteHandler = ({ body }, { shipping }) => {
  const tradeType = body['trade_type'];
  const reason = body['reason'];
  const list = body['material_list'];
  if (
    tradeType !== 1 &&
    tradeType !== 2 &&
    tradeType !== 3 &&
    tradeType !== 4
  ) {
    return shippingError(47001, 'trade_type must be 1 to 4');
  }
  if (typeof reason !== 'string' || reason === '') {
    return shippingError(47001, 'reason is required');
  }
  if (!Array.isArray(list) || list.length > MAX_MATERIALS) {
    return shippingError(47001, 'material_list holds at most 10 items');
  }
  const materials: { type: number; mediaId: string }[] = [];
  for (const item of list as unknown[]) {
    const type = isJsonObject(item) ? item['type'] : undefined;
    const mediaId = isJsonObject(item) ? item['media_id'] : undefined;
    if (
      (type !== 1 && type !== 2) ||
      typeof mediaId !== 'string' ||
      mediaId === ''
    ) {
      return shippingError(
        47001,
        'material_list[] needs type 1 or 2 and media_id',
      );
    }
    materials.push({ type, mediaId });
  }
  if (materials.filter((m) => m.type === 2).length > MAX_VIDEOS) {
    return shippingError(47001, 'material_list holds at most 3 videos');
  }
  const applied = shipping.applyTradeType({ tradeType, reason, materials });
  return applied ? okReply() : shippingError(268486048);
};
