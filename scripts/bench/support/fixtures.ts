import { type CancelOrderDto, type GetPathDto } from 'nestjs-wechat-logistics';
import {
  type EmulatorFault,
  type SeedOrderInput,
  WECHAT_PATHS,
} from 'nestjs-wechat-logistics/testing';
import { REFERENCE_UPLOAD_INPUT } from '../../../test/support/shipping-reference';
import { type Upstream } from './upstream';

export const CANCEL_WIRE_PATH = WECHAT_PATHS.cancelOrder;
export const GET_PATH_WIRE_PATH = WECHAT_PATHS.getPath;

/**
 * cancelOrder changes state, so the bench's cancels are answered by a canned
 * success (a body-only fault replies `{errcode:0, errmsg:'ok', ...body}`, for
 * ever): every call, library or direct, costs the emulator the same work.
 */
export const CANCEL_SUCCESS_FAULT: EmulatorFault = {
  path: CANCEL_WIRE_PATH,
  body: { delivery_resultcode: 0, delivery_resultmsg: '' },
};

/** What the library is asked to cancel (never really cancelled: see CANCEL_SUCCESS_FAULT). */
export const CANCEL_INPUT: Readonly<CancelOrderDto> = {
  orderId: 'BENCH-CANCEL-1',
  deliveryId: 'TEST',
  waybillId: 'BENCH-CANCEL-WB-1',
};

/** A real order with a three-node track, answered by the emulator's getPath handler. */
export const PATH_ORDER: SeedOrderInput = {
  orderId: 'BENCH-PATH-1',
  deliveryId: 'TEST',
  waybillId: 'BENCH-PATH-WB-1',
  openid: 'oBench0000000000000000000001',
  path: [
    { actionTime: 1764140400, actionType: 100001, actionMsg: '揽件成功' },
    { actionTime: 1764144000, actionType: 200001, actionMsg: '已到达分拣中心' },
    { actionTime: 1764151200, actionType: 300002, actionMsg: '派件中' },
  ],
};

export const PATH_INPUT: Readonly<GetPathDto> = {
  orderId: PATH_ORDER.orderId,
  deliveryId: PATH_ORDER.deliveryId,
  waybillId: PATH_ORDER.waybillId as string,
  openid: PATH_ORDER.openid,
};

export const UPLOAD_SHIPPING_WIRE_PATH = '/wxa/sec/order/upload_shipping_info';

/**
 * The shipping family's guarded call is an upload (the heaviest shipping
 * input: nested order key, packages, masked contact, RFC 3339 time). A real
 * payment allows one re-upload, so the bench's uploads are answered by a
 * canned acknowledgement, as the cancels are: every call, library or direct,
 * costs the emulator the same work, whatever its shipping state machine does.
 */
export const UPLOAD_SHIPPING_SUCCESS_FAULT: EmulatorFault = {
  path: UPLOAD_SHIPPING_WIRE_PATH,
  body: {},
};

/** shipping-info.md §4.1's example upload (an SF package, so its masked contact is checked too). */
export const UPLOAD_SHIPPING_INPUT = REFERENCE_UPLOAD_INPUT;

/** Seeds the getPath order and installs the canned cancel and upload successes. Call once per emulator. */
export async function prepareUpstream(upstream: Upstream): Promise<void> {
  await upstream.injectFault(CANCEL_SUCCESS_FAULT);
  await upstream.injectFault(UPLOAD_SHIPPING_SUCCESS_FAULT);
  await upstream.seedOrder(PATH_ORDER);
}
