import { type RouteHandler } from '../../http/emulator-route';
import { isJsonObject } from '../../http/json-values';
import { okReply } from '../../http/wechat-reply';
import { shippingError } from '../shipping-errmsgs';
import { orderRecord } from './order-record';

const DEFAULT_PAGE_SIZE = 100;
const MAX_END_TIME = 2 ** 32 - 1;
/** The cursor: an opaque-looking token over the offset of the next page. */
const CURSOR_PREFIX = 'emu-';

/**
 * POST /wxa/sec/order/get_order_list (§4.4): payments filtered by pay time
 * (both ends inclusive), state and payer, oldest payment first, in pages
 * joined by an opaque `last_index` (a tampered one → 10060011).
 */
export const getShippingOrderListHandler: RouteHandler = (
  { body },
  { shipping },
) => {
  const range = body['pay_time_range'];
  if (range !== undefined && !isJsonObject(range)) return shippingError(47001);
  const begin = range?.['begin_time'] ?? 0;
  const end = range?.['end_time'] ?? MAX_END_TIME;
  const state = body['order_state'];
  const openid = body['openid'];
  const pageSize = body['page_size'] ?? DEFAULT_PAGE_SIZE;
  const lastIndex = body['last_index'];
  if (
    typeof begin !== 'number' ||
    typeof end !== 'number' ||
    (state !== undefined && typeof state !== 'number') ||
    (openid !== undefined && typeof openid !== 'string') ||
    typeof pageSize !== 'number' ||
    (lastIndex !== undefined && typeof lastIndex !== 'string')
  ) {
    return shippingError(47001);
  }
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    return shippingError(10060014, 'page_size must be a positive integer');
  }
  const offset = readCursor(lastIndex);
  if (offset === undefined) return shippingError(10060011);

  const matching = shipping
    .all()
    .filter(
      (p) =>
        p.payTime >= begin &&
        p.payTime <= end &&
        (state === undefined || p.state === state) &&
        (openid === undefined || openid === '' || p.payerOpenid === openid),
    )
    .sort((a, b) => a.payTime - b.payTime);
  const page = matching.slice(offset, offset + pageSize);
  const next = offset + page.length;
  const hasMore = next < matching.length;
  return okReply({
    order_list: page.map(orderRecord),
    last_index: hasMore ? writeCursor(next) : '',
    has_more: hasMore,
  });
};

function writeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

/** 0 for the first page; undefined for a cursor this emulator never wrote. */
function readCursor(lastIndex: string | undefined): number | undefined {
  if (lastIndex === undefined || lastIndex === '') return 0;
  const text = Buffer.from(lastIndex, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX)) return undefined;
  const digits = text.slice(CURSOR_PREFIX.length);
  return /^\d{1,9}$/.test(digits) ? Number(digits) : undefined;
}
