import {
  RETURN_ORDER_STATUS_WORDS,
  RETURN_STATUS_WORDS,
} from 'nestjs-wechat-logistics';
import { type ReturnWords } from './waybill-buyer-links';

/** WeChat's words, then English (`运输中 · in transit`); a number WeChat adds later is shown as it came. */
function inWords(
  words: Readonly<Record<number, { readonly zh: string; readonly en: string }>>,
  field: string,
  value: number,
): string {
  const known = Object.hasOwn(words, value) ? words[value] : undefined;
  return known ? `${known.zh} · ${known.en}` : `${field} ${value}`;
}

/** getReturnId's `status` and `order_status` as the tracking page shows them, from the library's own words. */
export const RETURN_WORDS: ReturnWords = {
  status: (status) => inWords(RETURN_STATUS_WORDS, 'status', status),
  orderStatus: (orderStatus) =>
    inWords(RETURN_ORDER_STATUS_WORDS, 'order_status', orderStatus),
};
