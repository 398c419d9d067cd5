import { type EndpointSpec } from './endpoint-spec';

/** Every merchant endpoint of the logistics assistant, keyed by its cloud-call name. */
export const ENDPOINTS = {
  cancelOrder: {
    api: 'logistics.cancelOrder',
    method: 'POST',
    path: '/cgi-bin/express/business/order/cancel',
    // A cancel is retried after -1 only. If the attempt that answered -1 did
    // cancel the order, the retry answers 9300524 ("already cancelled"): the
    // order is cancelled, which is what the caller asked for, so that is success.
    // Timeouts and resets are not retried: they surface as 504 / 502 and the
    // caller decides (getOrder tells the order's state).
    safeToRepeat: false,
    doneOnRetryErrcodes: new Set([9300524]),
  },
} as const satisfies Record<string, EndpointSpec>;
