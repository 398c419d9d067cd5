import { type EndpointDefinition } from '../core/caller/endpoint-definition';

const CURRENT = '/cgi-bin/express/delivery/no_worry_return';
const LEGACY = '/cgi-bin/express/delivery/return';

/**
 * Every endpoint of 退货组件 / 无忧退货 (reference §2, §5), keyed by the
 * method name. All POST with a JSON body. The current and legacy calls of a
 * kind share one policy.
 */

// Never repeated, not even after -1: a landed add has issued a return id and
// messaged the buyer, and a repeat answers 9300522 ("shop_order_id already
// has a return id") WITHOUT the id. WeChat has no lookup by shop order id
// (get takes the return id), so such an answer cannot become the call's
// result: it is not counted as done. After an unknown outcome the caller
// learns it from the error; a repeat with the same shopOrderId that answers
// 9300522 tells them the first attempt landed.
const ADD = { safeToRepeat: false, retryBusy: false } as const;

// A read: repeated after -1, a timeout or a reset.
const GET = { safeToRepeat: true } as const;

// Retried after -1 only. If the attempt that answered -1 did unbind, the
// repeat is refused (931023, the id is gone): that error reaches the caller,
// because the same code also means "the buyer typed an unknown waybill" and
// cannot be told apart. Timeouts are not retried.
const UNBIND = { safeToRepeat: false } as const;

export const RETURNS_ENDPOINTS = {
  addReturnId: {
    api: 'returns.addReturnId',
    method: 'POST',
    path: `${CURRENT}/add`,
    ...ADD,
  },
  getReturnId: {
    api: 'returns.getReturnId',
    method: 'POST',
    path: `${CURRENT}/get`,
    ...GET,
  },
  unbindReturnId: {
    api: 'returns.unbindReturnId',
    method: 'POST',
    path: `${CURRENT}/unbind`,
    ...UNBIND,
  },
  legacyAddReturnId: {
    api: 'returns.legacyAddReturnId',
    method: 'POST',
    path: `${LEGACY}/add`,
    ...ADD,
  },
  legacyGetReturnId: {
    api: 'returns.legacyGetReturnId',
    method: 'POST',
    path: `${LEGACY}/get`,
    ...GET,
  },
  legacyUnbindReturnId: {
    api: 'returns.legacyUnbindReturnId',
    method: 'POST',
    path: `${LEGACY}/unbind`,
    ...UNBIND,
  },
  // One application per app, body `{}`, 500 a day. Retried after -1 only: if
  // the attempt that answered -1 did apply, the repeat answers 933003
  // ("already enabled"), which is what the caller asked for, so that is success.
  applyReturnPlugin: {
    api: 'returns.applyReturnPlugin',
    method: 'POST',
    path: `${LEGACY}/open_return`,
    safeToRepeat: false,
    doneOnRetryErrcodes: new Set([933003]),
  },
} as const satisfies Record<string, EndpointDefinition>;
