import {
  type ErrcodeRows,
  type FamilyErrcodes,
} from '../core/errors/errcode-catalogue';

/**
 * 即时配送's errcodes (local-delivery.md §1.5). `codes` are listed by no
 * other family; -1, 40001 and 61007 are global.errcodes.ts's. The carrier's
 * own `resultcode`s are not errcodes: see `CARRIER_RESULT_ENTRY`.
 */
const CODES: ErrcodeRows = {
  'bad-request': [
    [
      930570,
      'cargo_first_class or cargo_second_class invalid',
      "WeChat does not know this cargo category pair (cargo.cargoFirstClass / cargoSecondClass, from its immediate-delivery category table, e.g. 美食夜宵 / 零食小吃), or the request's Chinese arrived \\u-escaped.",
    ],
  ],
  configuration: [
    [
      930571,
      'need alpha test auth',
      "This mini program lacks WeChat's permission for 即时配送 (a closed beta): openDelivery is refused until WeChat grants it.",
    ],
    [
      86000,
      'should be called only from third party',
      "Only a third-party platform (with the merchant's authorizer_access_token) may call this API: openDelivery and bindAccount.",
    ],
    [
      43016,
      'mini program not verified',
      'The mini program is not verified (认证): 即时配送 needs a verified mini program.',
    ],
  ],
};

/**
 * Codes the logistics assistant lists with its own wording (930555–930569,
 * §1.5): what they mean on a 即时配送 call, where the order key is shopid +
 * shopOrderId and the "shop" is a carrier account.
 */
const READINGS: ErrcodeRows = {
  'bad-request': [
    [
      930561,
      'args error',
      'WeChat rejected a parameter of the 即时配送 call: an unknown deliveryId, a shopid that is not test_shop_id or an order not placed with deliveryId TEST for mockUpdateOrder, or another field it refused.',
    ],
    [
      930567,
      'shop arg error',
      'The shop object is invalid (wxaPath, imgUrl, goodsName, goodsCount: an empty image URL has been seen to cause it).',
    ],
  ],
  'not-found': [
    [
      930563,
      'order not exists',
      'No delivery order with this shopid and shopOrderId exists (orders are keyed by the carrier appkey and your order id, not by waybill).',
    ],
  ],
  conflict: [
    [
      930562,
      'order already exists',
      'A delivery order with this shopOrderId already exists for this shop. If an earlier addOrder timed out or answered -1, it probably landed: read it with getOrder. To place it again after a cancellation, use reOrder.',
    ],
    [
      930565,
      'order finished',
      'The delivery order is already in a final state (delivered, cancelled, returned): it can no longer be tipped, cancelled or confirmed.',
    ],
    [
      930560,
      'shopid need bind first',
      "This shopid is not bound to the mini program: bind the carrier account in the mini program console (a third-party platform: bindAccount). shopid is the merchant's appkey at the carrier, not its store id.",
    ],
    [
      930569,
      'already opened',
      '即时配送 is already opened for this mini program: nothing to open.',
    ],
  ],
  'rate-limit': [
    [
      930564,
      'quota run out',
      'Sandbox: the 500 order calls a day of the TEST carrier are used up.',
    ],
  ],
  configuration: [
    [
      930566,
      'not support, plz auth at mp.weixin.qq.com',
      '即时配送 is not enabled for this mini program: enable it at mp.weixin.qq.com.',
    ],
    [
      930568,
      'personal mini programs not supported',
      'Personal mini programs may not use 即时配送.',
    ],
  ],
  carrier: [
    [
      930557,
      'delivery system error',
      'The carrier had a system error. realMockUpdateOrder answers this for an order placed with the sandbox carrier TEST: use mockUpdateOrder for those.',
    ],
  ],
};

export const LOCAL_DELIVERY_ERRCODES: FamilyErrcodes = {
  family: 'localDelivery',
  codes: CODES,
  readings: READINGS,
};
