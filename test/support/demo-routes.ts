import { type INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AccountStatusCode,
  SANDBOX_BIZ_ID,
  SANDBOX_DELIVERY_ID,
} from 'nestjs-wechat-logistics';
import {
  WECHAT_PATHS,
  type WechatEmulator,
} from 'nestjs-wechat-logistics/testing';
import request from 'supertest';

/** The demo's twelve routes that call WeChat, by the cloud-call name of the API behind each. */
export type RouteName = Exclude<
  keyof typeof WECHAT_PATHS,
  'token' | 'stableToken'
>;

/**
 * How the library may repeat a route's request (README "Retries and time budget"):
 * - `read`: after -1, timeouts, resets and unusable replies, within the budget;
 * - `busy-only`: after -1 only (cancelOrder, bindAccount, updatePrinter);
 * - `never`: never (testUpdateOrder: a repeat adds a second track node);
 * - `reconcile`: never; after an unknown outcome getOrder is asked instead (addOrder).
 */
export type RetryPolicy = 'read' | 'busy-only' | 'never' | 'reconcile';

/** One concrete request to the demo, with the emulator state it needs already seeded. */
export interface DemoCall {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly body?: object;
  /** For writes: how many times this call took effect at the emulator (a duplicate shows as 2). */
  readonly effects?: () => number;
}

export interface DemoRoute {
  readonly name: RouteName;
  /** `logistics.addOrder`, … */
  readonly api: string;
  readonly wechatPath: string;
  readonly retry: RetryPolicy;
  readonly okStatus: 200 | 201;
  /** Seeds what the call needs (fresh ids every time) and describes it. */
  prepare(wechat: WechatEmulator): DemoCall;
}

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${(sequence += 1)}`;

const ADD_ORDER_EXAMPLE = JSON.parse(
  readFileSync(
    join(__dirname, '..', '..', 'docs', 'examples', 'add-order.json'),
    'utf8',
  ),
) as Record<string, unknown>;

/** The README's example order (TEST carrier, sandbox biz id) under `orderId`. */
export function addOrderBody(orderId: string): Record<string, unknown> {
  return { ...structuredClone(ADD_ORDER_EXAMPLE), orderId };
}

function seedOrder(wechat: WechatEmulator, prefix: string) {
  return wechat.orders.seed({
    orderId: nextId(prefix),
    deliveryId: SANDBOX_DELIVERY_ID,
  });
}

const qs = (params: Record<string, string>) =>
  new URLSearchParams(params).toString();
const orderUrl = (orderId: string, suffix = '') =>
  `/logistics/orders/${encodeURIComponent(orderId)}${suffix}`;

export const DEMO_ROUTES: readonly DemoRoute[] = [
  {
    name: 'addOrder',
    api: 'logistics.addOrder',
    wechatPath: WECHAT_PATHS.addOrder,
    retry: 'reconcile',
    okStatus: 201,
    prepare: (wechat) => {
      const orderId = nextId('ADD');
      return {
        method: 'POST',
        url: '/logistics/orders',
        body: addOrderBody(orderId),
        effects: () =>
          wechat.orders.list().filter((o) => o.orderId === orderId).length,
      };
    },
  },
  {
    name: 'batchGetOrder',
    api: 'logistics.batchGetOrder',
    wechatPath: WECHAT_PATHS.batchGetOrder,
    retry: 'read',
    okStatus: 200,
    prepare: (wechat) => {
      const order = seedOrder(wechat, 'BATCH');
      return {
        method: 'POST',
        url: '/logistics/orders/batch-get',
        body: {
          orderList: [
            { orderId: order.orderId, deliveryId: SANDBOX_DELIVERY_ID },
          ],
        },
      };
    },
  },
  {
    name: 'getOrder',
    api: 'logistics.getOrder',
    wechatPath: WECHAT_PATHS.getOrder,
    retry: 'read',
    okStatus: 200,
    prepare: (wechat) => {
      const order = seedOrder(wechat, 'GET');
      return {
        method: 'GET',
        url: `${orderUrl(order.orderId)}?${qs({ deliveryId: SANDBOX_DELIVERY_ID, waybillId: order.waybillId })}`,
      };
    },
  },
  {
    name: 'cancelOrder',
    api: 'logistics.cancelOrder',
    wechatPath: WECHAT_PATHS.cancelOrder,
    retry: 'busy-only',
    okStatus: 200,
    prepare: (wechat) => {
      const order = seedOrder(wechat, 'CANCEL');
      return {
        method: 'POST',
        url: orderUrl(order.orderId, '/cancel'),
        body: { deliveryId: SANDBOX_DELIVERY_ID, waybillId: order.waybillId },
        effects: () =>
          wechat.orders.get(order.orderId)?.status === 'cancelled' ? 1 : 0,
      };
    },
  },
  {
    name: 'getPath',
    api: 'logistics.getPath',
    wechatPath: WECHAT_PATHS.getPath,
    retry: 'read',
    okStatus: 200,
    prepare: (wechat) => {
      const order = seedOrder(wechat, 'PATH');
      return {
        method: 'GET',
        url: `${orderUrl(order.orderId, '/path')}?${qs({ deliveryId: SANDBOX_DELIVERY_ID, waybillId: order.waybillId })}`,
      };
    },
  },
  {
    name: 'getAllDelivery',
    api: 'logistics.getAllDelivery',
    wechatPath: WECHAT_PATHS.getAllDelivery,
    retry: 'read',
    okStatus: 200,
    prepare: () => ({ method: 'GET', url: '/logistics/deliveries' }),
  },
  {
    name: 'getAllAccount',
    api: 'logistics.getAllAccount',
    wechatPath: WECHAT_PATHS.getAllAccount,
    retry: 'read',
    okStatus: 200,
    prepare: () => ({ method: 'GET', url: '/logistics/accounts' }),
  },
  {
    name: 'bindAccount',
    api: 'logistics.bindAccount',
    wechatPath: WECHAT_PATHS.bindAccount,
    retry: 'busy-only',
    okStatus: 200,
    prepare: (wechat) => {
      const bizId = nextId('BIZ');
      return {
        method: 'POST',
        url: '/logistics/accounts/bind',
        body: { type: 'bind', bizId, deliveryId: 'YTO', password: 'pw-1' },
        effects: () =>
          wechat.accounts.get(bizId, 'YTO')?.statusCode ===
          AccountStatusCode.Bound
            ? 1
            : 0,
      };
    },
  },
  {
    name: 'getQuota',
    api: 'logistics.getQuota',
    wechatPath: WECHAT_PATHS.getQuota,
    retry: 'read',
    okStatus: 200,
    prepare: (wechat) => {
      const bizId = nextId('QUOTA');
      wechat.accounts.seed({ bizId, deliveryId: 'YTO' });
      return {
        method: 'GET',
        url: `/logistics/quota?${qs({ deliveryId: 'YTO', bizId })}`,
      };
    },
  },
  {
    name: 'getPrinter',
    api: 'logistics.getPrinter',
    wechatPath: WECHAT_PATHS.getPrinter,
    retry: 'read',
    okStatus: 200,
    prepare: () => ({ method: 'GET', url: '/logistics/printers' }),
  },
  {
    name: 'updatePrinter',
    api: 'logistics.updatePrinter',
    wechatPath: WECHAT_PATHS.updatePrinter,
    retry: 'busy-only',
    okStatus: 200,
    prepare: (wechat) => {
      const openid = nextId('oPrinter');
      return {
        method: 'POST',
        url: '/logistics/printers',
        body: { openid, updateType: 'bind', tagidList: '1,2' },
        effects: () =>
          wechat.printers.list().filter((p) => p.openid === openid).length,
      };
    },
  },
  {
    name: 'testUpdateOrder',
    api: 'logistics.testUpdateOrder',
    wechatPath: WECHAT_PATHS.testUpdateOrder,
    retry: 'never',
    okStatus: 200,
    prepare: (wechat) => {
      const order = seedOrder(wechat, 'TRACK');
      return {
        method: 'POST',
        url: `/logistics/test/orders/${encodeURIComponent(order.orderId)}/update`,
        body: {
          bizId: SANDBOX_BIZ_ID,
          deliveryId: SANDBOX_DELIVERY_ID,
          waybillId: order.waybillId,
          actionTime: 1764140400,
          actionType: 100001,
          actionMsg: '揽件成功',
        },
        // Each request that reaches the handler appends one node: a repeat shows as 2.
        effects: () => wechat.orders.get(order.orderId)?.path.length ?? 0,
      };
    },
  },
];

/** Sends `call` to the demo (an app, or a listening server's URL). */
export function send(
  target: INestApplication | string,
  call: DemoCall,
): request.Test {
  const agent = request(
    typeof target === 'string' ? target : target.getHttpServer(),
  );
  return call.method === 'GET'
    ? agent.get(call.url)
    : agent.post(call.url).send(call.body ?? {});
}
