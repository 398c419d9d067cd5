import { isJsonObject } from '../../http/json-values';
import { type TrackedGoodsItem } from '../state/tracking-records';

/** More goods than this answered -1 (reference §3.1: a staff answer says "below 10"). */
const MAX_GOODS = 10;

/**
 * `goods_info.detail_list` as WeChat checks it, or the errcode it answers:
 * 9300507 for a body without a readable list (the reference saw that code
 * for incomplete bodies), -1 for more than 10 items, 9300561 for an image
 * URL that is not ASCII `http(s)://` (§7.2).
 */
export function readGoods(goodsInfo: unknown): TrackedGoodsItem[] | number {
  if (!isJsonObject(goodsInfo)) return 9300507;
  const list = goodsInfo['detail_list'];
  if (!Array.isArray(list) || list.length === 0) return 9300507;
  if (list.length > MAX_GOODS) return -1;
  const goods: TrackedGoodsItem[] = [];
  for (const item of list) {
    if (!isJsonObject(item)) return 9300507;
    const { goods_name: name, goods_img_url: url, goods_desc: desc } = item;
    if (typeof name !== 'string' || name === '' || typeof url !== 'string')
      return 9300507;
    if (!/^https?:\/\/[\x21-\x7e]+$/i.test(url)) return 9300561;
    goods.push({
      goods_name: name,
      goods_img_url: url,
      ...(typeof desc === 'string' ? { goods_desc: desc } : {}),
    });
  }
  return goods;
}
