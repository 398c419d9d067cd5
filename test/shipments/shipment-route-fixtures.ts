import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type WechatEmulator } from 'nestjs-wechat-logistics/testing';

/** Where each step's WeChat call goes. */
export const STEP_PATHS = {
  waybill: '/cgi-bin/express/business/order/add',
  shippingInfo: '/wxa/sec/order/upload_shipping_info',
  tracking: '/cgi-bin/express/delivery/open_msg/trace_waybill',
} as const;

export type StepName = keyof typeof STEP_PATHS;

const EXAMPLE = readFileSync(
  join(__dirname, '..', '..', 'docs', 'examples', 'ship-order.json'),
  'utf8',
);

/** The README's shipment (docs/examples/ship-order.json) for `orderId`, releasing payment `transactionId`. */
export function shipBody(
  orderId: string,
  transactionId: string,
): Record<string, unknown> {
  return JSON.parse(
    EXAMPLE.replaceAll('SHIP-1', orderId).replace('TRANSACTION', transactionId),
  ) as Record<string, unknown>;
}

/** A WeChat Pay payment awaiting shipment, paid by the example's buyer, in `appId`'s emulated mini program. */
export function seedPayment(wechat: WechatEmulator, appId?: string): string {
  const shipping =
    appId === undefined ? wechat.shipping : wechat.app(appId).shipping;
  return shipping.seedPayment({
    payerOpenid: 'oSandboxUser0000000000000001',
    description: '咖啡豆',
  }).transactionId;
}

/** The requests WeChat got on the three steps' paths, per step. */
export function stepRequests(wechat: WechatEmulator): Record<StepName, number> {
  return {
    waybill: wechat.requests.forPath(STEP_PATHS.waybill).length,
    shippingInfo: wechat.requests.forPath(STEP_PATHS.shippingInfo).length,
    tracking: wechat.requests.forPath(STEP_PATHS.tracking).length,
  };
}
