import { type ErrcodeRows } from '../core/errors/errcode-catalogue';

/** The logistics assistant's errcodes (wechat-logistics-api.md §6 endpoint tables, §9 catalogue). */
export const LOGISTICS_ERRCODES: ErrcodeRows = {
  busy: [
    [
      930555,
      'system error',
      'The logistics service reported a system error. Try again later.',
    ],
  ],
  'bad-request': [
    [930561, 'args error', 'WeChat rejected a parameter of the request.'],
    [
      930559,
      'invaild openid',
      'Sandbox: this openid may not place test orders (it must be an admin, operator or developer of the mini program).',
    ],
    [
      9300504,
      'service_type not exist',
      'The carrier has no such service type.',
    ],
    [
      9300510,
      'invalid service type',
      'The carrier has no such service type (see getAllDelivery).',
    ],
    [
      9300507,
      'invalid token',
      'The carrier-side token (from an add_waybill event, or a waybill_token) is not valid. This is not the access token.',
    ],
    [9300511, 'invalid branch id', 'The branch id is not valid.'],
    [9300512, 'template format error', 'The waybill template is malformed.'],
    [9300515, 'wxa appid not exist', 'The mini program appid does not exist.'],
    [
      9300516,
      'wxa appid not linked',
      'The appid is not linked to this mini program or not of the same owner.',
    ],
    [
      9300517,
      'update_type incorrect',
      'update_type must be "bind" or "unbind".',
    ],
    [9300520, 'invalid delivery id', 'The delivery id is not valid.'],
    [
      9300526,
      'arg size exceed limit',
      'A field exceeds its length limit (limits are in UTF-8 bytes).',
    ],
    [
      9300527,
      'delivery does not support quota',
      'This carrier does not report an e-waybill quota (only franchise carriers do).',
    ],
    [
      9300531,
      'invalid biz_id or password',
      'The carrier account (biz_id) or its password is wrong.',
    ],
    [
      9300533,
      'invalid tagid_list',
      'tagid_list is not a valid comma-separated list of at most 10 tag ids.',
    ],
    [
      9300534,
      'invalid shop args',
      'The openid does not belong to this mini program, or wx_appid belongs to a different entity.',
    ],
    [
      9300535,
      'invalid shop args',
      'The shop thumbnail or goods name is empty or invalid, or the goods count is 0.',
    ],
    [
      9300536,
      'invalid wxa_appid',
      'add_source = 2 requires a valid wx_appid bound to the same Open Platform account.',
    ],
    [930567, 'shop arg error', 'The shop arguments are invalid.'],
    [9300538, 'task empty', 'The task list is empty.'],
    [9300539, 'too many tasks', 'Too many tasks in one request.'],
  ],
  'not-found': [
    [40199, 'waybill id not found', 'No waybill with this waybill id exists.'],
    [930563, 'order not found', 'No order with this order id exists.'],
    [
      9300503,
      'Specified delivery id is not registerred',
      'No carrier with this delivery id exists (see getAllDelivery).',
    ],
    [
      9300525,
      'biz id not bind',
      'The carrier account (biz_id) is not bound to this mini program.',
    ],
    [9300528, 'invalid waybill_id', 'The waybill id is not valid.'],
    [
      9300530,
      'biz_id not exist',
      'The carrier account to unbind is not bound.',
    ],
    [9300541, 'task not exist', 'The task does not exist.'],
  ],
  conflict: [
    [
      9300506,
      'waybill has a track, can not cancel',
      'The waybill already has a track (the parcel was picked up) and can no longer be cancelled.',
    ],
    [
      9300524,
      'order already cancelled',
      'Cancelling failed: the order was most likely already cancelled.',
    ],
    [
      930562,
      'order already exists',
      'An order with this order id already exists.',
    ],
    [930565, 'order finished', 'The order is already finished.'],
    [930569, 'already opened', 'The service is already opened.'],
    [930560, 'shopid need bind first', 'The shop must be bound first.'],
    [9300508, 'order id has been used', 'This order id has already been used.'],
    [
      9300521,
      'order id known, waybill is being generated',
      'The order id is known and its waybill is still being generated.',
    ],
    [9300522, 'order id repeated', 'This order id was already submitted.'],
    [
      9300529,
      'account already bound',
      'This carrier account is already bound.',
    ],
    [
      9300532,
      'bind submitted, under review',
      'The binding was submitted and is under review by the carrier.',
    ],
  ],
  'rate-limit': [
    [
      9300509,
      'speed limit, retry too fast',
      'Requests are too frequent; slow down.',
    ],
    [9300537, 'frequency limit', 'Requests are too frequent; slow down.'],
    [930564, 'quota run out', 'Sandbox: the daily test-call quota is used up.'],
    [9300513, 'out of quota', 'The carrier account is out of e-waybill quota.'],
    [
      9300523,
      'quota not enough, please recharge',
      'The carrier account has too little e-waybill quota; recharge it.',
    ],
  ],
  configuration: [
    [
      930566,
      'not supported, authorise at mp.weixin.qq.com',
      'The logistics assistant is not authorised for this mini program; authorise it at mp.weixin.qq.com.',
    ],
    [
      930568,
      'personal mini programs not supported',
      'Personal mini programs may not use the logistics assistant.',
    ],
    [
      9300505,
      'shop banned',
      'This shop is banned from the logistics assistant.',
    ],
  ],
  carrier: [
    [
      9300501,
      'delivery logic fail',
      'The carrier rejected the request; see deliveryResultcode and deliveryResultmsg.',
    ],
    [9300502, 'delivery side sys error', 'The carrier had a system error.'],
    [930556, 'delivery timeout', 'The carrier did not answer in time.'],
    [930557, 'delivery system error', 'The carrier had a system error.'],
    [930558, 'delivery logic error', 'The carrier rejected the request.'],
    [9300514, 'add net branch fail', 'The carrier could not add the branch.'],
    [9300540, 'delivery callback error', 'The carrier callback failed.'],
  ],
};
