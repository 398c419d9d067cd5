import { type ErrcodeRows } from '../core/errors/errcode-catalogue';

/**
 * 退货组件 / 无忧退货's own errcodes (reference §5.1). -1 and 48001 are
 * global; 931023 / 9300559 ("waybill not exist", get and unbind) and the
 * 933000–933004 apply codes are family A's (waybill-tracking), which the
 * return calls share.
 */
export const RETURNS_CODES: ErrcodeRows = {
  'bad-request': [
    [
      9300569,
      'wx_pay_id is empty',
      'addReturnId needs wx_pay_id, the WeChat Pay transaction id of an order insured with 无忧退货 (use legacyAddReturnId for a return without insurance).',
    ],
  ],
  'not-found': [
    [
      9300570,
      'wx_pay_id is invalid or not insured',
      'WeChat knows no order insured with 无忧退货 (freight insurance) under this wx_pay_id: insure the payment first (insurance_freight/createorder with order_no = this transaction id), or check the id.',
    ],
  ],
};

/**
 * Codes the catalogue already has (from another family or global) that mean
 * something else on a return call; `findErrcode(code, 'returns.…')` reads
 * these first.
 */
export const RETURNS_READINGS: ErrcodeRows = {
  conflict: [
    // The logistics assistant's "order id repeated". Not counted as done when
    // it answers a repeat: its reply has no return id (see returns.endpoints.ts).
    [
      9300522,
      'shop_order_id already exists',
      'This shop_order_id already has a return id (one return id per shop order id). If an earlier add timed out or answered -1, that attempt created it; WeChat offers no lookup by shop order id.',
    ],
    // Documented as "a required field is empty", which the client's own
    // validation already rules out; what reaches WeChat and gets 40097 is
    // unbind in the wrong state (two community reports, §5.3).
    [
      40097,
      'invalid args',
      'WeChat refused the return call: unbind is allowed only after the buyer chose to self-ship and typed the waybill (status 2) — not before the buyer chose, nor for a courier pick-up; on add or get, a required field (shop order id, return address, wx_pay_id, return id) arrived empty.',
    ],
  ],
  configuration: [
    [
      48001,
      'api unauthorized',
      'This mini program has not enabled the return component: MP admin → 功能 → 物流服务 → 退货组件 or 无忧退货(运费险); a third-party platform applies with applyReturnPlugin.',
    ],
  ],
};
