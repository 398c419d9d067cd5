import {
  type ErrcodeRows,
  type FamilyErrcodes,
} from '../core/errors/errcode-catalogue';

/**
 * 同城配送's errcodes (intracity.md §7, one table on every page, and 934026
 * met in practice). `codes` are listed by no other family; 40097 and 45009
 * keep their global meaning; 48001, 61007 and API security's 934011 get this
 * family's causes below.
 */
const CODES: ErrcodeRows = {
  'bad-request': [
    [
      934000,
      'other logic error',
      'WeChat refused the 同城配送 call for a reason it does not name (reported for querystore, and for preaddorder in production with DADA while the sandbox worked).',
    ],
    [
      934001,
      'invalid param',
      'A parameter is missing or invalid; errmsg names it (e.g. order_detail_path is required, wx_store_id is required, use_sandbox = 1 if you need).',
    ],
    [
      934003,
      'invalid service_trans_id',
      'Unknown carrier: serviceTransId / serviceTransPrefer must be DADA or SFTC.',
    ],
    [
      934009,
      'city not supported',
      "The store's city is not served by the carrier (getCity lists the cities).",
    ],
    [
      934019,
      'out of delivery range',
      "The recipient is outside the carrier's delivery range. In the SFTC sandbox the recipient must be the fixed test recipient (name 顺丰同城, phone 13881979410, address 北京市海淀区学清嘉创大厦A座15层).",
    ],
    [934020, 'cargo overweight', 'The goods are too heavy for the carrier.'],
  ],
  'not-found': [
    [
      934008,
      'store not belong to this appid',
      'The wxStoreId belongs to another mini program.',
    ],
    [
      934016,
      'order not exist',
      'No 同城配送 order with this wxOrderId (or wxStoreId + storeOrderId) exists.',
    ],
    [
      934021,
      'store not exist',
      'No store with this wxStoreId / outStoreId exists.',
    ],
  ],
  conflict: [
    [
      934002,
      'order already exists',
      'An order with this storeOrderId already exists in the store and is being processed: do not add it again. If an earlier addOrder timed out or answered -1, it probably landed: read it with queryOrder (wxStoreId + storeOrderId).',
    ],
    [
      934006,
      'orders in flight, refund not allowed',
      'The store has orders in flight: the balance can be refunded once they end.',
    ],
    [
      934007,
      'not an in-flight order',
      'The order is not in flight (or, for mockNotify, not a sandbox order).',
    ],
    [
      934010,
      'store has created, please change another out_store_id',
      'A store with this outStoreId already exists (ids survive deleting the store in the console): use another outStoreId, or read it with queryStore if an earlier createStore timed out.',
    ],
    [
      934013,
      'balance not enough',
      "The store's balance with the carrier is too low for this order: top it up with storeCharge (or order with useSandbox).",
    ],
    [
      934015,
      'deduct balance failed',
      'WeChat could not deduct the fee from the balance: queryOrder and balanceQuery tell whether the order exists.',
    ],
    [
      934017,
      'order status not allow cancel',
      'The order can no longer be cancelled in its current state (e.g. delivered).',
    ],
    [934018, 'order already cancelled', 'The order is already cancelled.'],
  ],
  configuration: [
    [
      934012,
      'appid and access_token not match',
      'The appid sent does not belong to the access token: the token provider gave a token of another mini program.',
    ],
    [
      934022,
      'personal account not allowed',
      'Personal mini programs may not use 同城配送.',
    ],
    [
      934023,
      'must be an ordinary mini program',
      '同城配送 is only for ordinary mini programs.',
    ],
    [
      934026,
      'no matching pricing rule',
      '没有匹配的计价规则或计价规则已失效: the carrier has no valid pricing rule for this account (reported with SFTC under a third-party platform).',
    ],
  ],
  carrier: [
    [
      934005,
      'carrier pre-create failed',
      'The carrier refused to pre-create the order.',
    ],
    [
      934014,
      'carrier returned invalid amount',
      'The carrier returned an invalid fee.',
    ],
  ],
  busy: [[934999, 'system error', 'WeChat had an internal error in 同城配送.']],
};

/** Shared codes that mean something specific on a 同城配送 call. */
const READINGS: ErrcodeRows = {
  configuration: [
    [
      934011,
      'signature is needed',
      "WeChat refused a plain 同城配送 call: every call but apply must be encrypted and signed, so configure apiSecurity for this mini program (and no apis override may set an intracity call 'off'). apply is documented plain but was seen refused so: with apiSecurity configured the library seals it too.",
    ],
    [
      48001,
      'api unauthorized',
      '同城配送 is not enabled for this mini program: MP console 功能 → 物流服务 → 同城配送 (sign the agreement), or call apply.',
    ],
    [
      61007,
      'api is unauthorized to component',
      'The third-party platform lacks permission set 51 (同城配送) for this merchant.',
    ],
  ],
};

/** 同城配送's line of the catalogue: calls `intracity.<method>`. */
export const INTRACITY_ERRCODES: FamilyErrcodes = {
  family: 'intracity',
  codes: CODES,
  readings: READINGS,
};
