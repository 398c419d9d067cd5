import {
  isFiniteNumber,
  isInteger,
  isJsonObject,
  isNonEmptyString,
  isOptionalString,
} from '../../http/json-values';
import { type WechatReply } from '../../http/wechat-reply';
import { localError } from '../local-delivery-replies';
import { type LocalDeliveryBook } from '../state/local-delivery-book';
import { type LocalCarrier } from '../state/local-carriers';
import { type LocalPoint } from '../state/local-quote';

/** What pre_add, add and readd take (local-delivery.md §3.0, §3.5), read and checked. */
export interface LocalOrderRequest {
  readonly openid: string;
  readonly shopNo: string;
  readonly sender: LocalPoint | undefined;
  readonly receiver: LocalPoint;
  readonly goodsValue: number;
  readonly tips: number;
  readonly insuredValue: number | undefined;
  readonly wantsPickupCode: boolean;
  readonly wantsFinishCode: boolean;
}

type Body = Readonly<Record<string, unknown>>;

/**
 * WeChat's checks of an order body, in this order (our choice): 930561 for a
 * missing or mistyped field (openid, shop_no where the carrier needs it,
 * sender where it is required, receiver, cargo value (0, 5000] and weight
 * (0, 50], order_info, shop.wxa_path); 930570 for a category pair not in
 * the list; 9300535 for an empty shop.img_url or goods_name or a goods_count
 * below 1; 930559 for an openid that is not a sandbox member on TEST.
 */
export function readOrderRequest(
  body: Body,
  carrier: LocalCarrier,
  endpoint: 'pre_add' | 'add',
  book: LocalDeliveryBook,
): LocalOrderRequest | WechatReply {
  const openid = body['openid'];
  const shopNo = body['shop_no'];
  const { cargo, order_info: info, shop } = body;
  if (!isNonEmptyString(openid) || !isOptionalString(shopNo))
    return localError(930561);
  if (carrier.needsShopNo && !isNonEmptyString(shopNo))
    return localError(930561);
  const receiver = readPoint(body['receiver']);
  const sender = readPoint(body['sender']);
  const senderNeeded =
    carrier.needsSender === 'always' ||
    (carrier.needsSender === 'pre_add' && endpoint === 'pre_add') ||
    !isNonEmptyString(shopNo);
  const senderBad = body['sender'] !== undefined && !sender;
  if (!receiver || senderBad || (senderNeeded && !sender))
    return localError(930561);
  if (!isJsonObject(cargo) || !isJsonObject(info) || !isJsonObject(shop))
    return localError(930561);
  const goodsValue = cargo['goods_value'];
  if (!inRange(goodsValue, 5000) || !inRange(cargo['goods_weight'], 50))
    return localError(930561);
  const tips = info['tips'] ?? 0;
  if (!isFiniteNumber(tips) || tips < 0 || !isNonEmptyString(shop['wxa_path']))
    return localError(930561);
  if (
    !book.isCargoClass(cargo['cargo_first_class'], cargo['cargo_second_class'])
  )
    return localError(930570);
  const count = shop['goods_count'];
  if (
    !isNonEmptyString(shop['img_url']) ||
    !isNonEmptyString(shop['goods_name']) ||
    !isInteger(count) ||
    count < 1
  )
    return localError(9300535);
  if (carrier.deliveryId === 'TEST' && !book.isSandboxMember(openid))
    return localError(930559);
  const declared = info['declared_value'];
  return {
    openid,
    shopNo: typeof shopNo === 'string' ? shopNo : '',
    sender,
    receiver,
    goodsValue,
    tips,
    insuredValue:
      info['is_insured'] === 1
        ? isFiniteNumber(declared)
          ? declared
          : goodsValue
        : undefined,
    wantsPickupCode: info['is_pickup_code_needed'] === 1,
    wantsFinishCode: info['is_finish_code_needed'] === 1,
  };
}

function inRange(value: unknown, max: number): value is number {
  return isFiniteNumber(value) && value > 0 && value <= max;
}

/** A sender or receiver: the text fields present and lng/lat numbers (§3.0). */
function readPoint(value: unknown): LocalPoint | undefined {
  if (!isJsonObject(value)) return undefined;
  const { lng, lat, coordinate_type: type = 0 } = value;
  const texts = ['name', 'city', 'address', 'phone'].every((field) =>
    isNonEmptyString(value[field]),
  );
  if (!texts || !isFiniteNumber(lng) || !isFiniteNumber(lat)) return undefined;
  if (type !== 0 && type !== 1) return undefined;
  return { lng, lat, coordinateType: type };
}
