import { parseFields } from '../push/push-body';
import { WechatPushError } from '../push/wechat-push.error';
import { typedEventNamed, type WechatEventMap } from './wechat-event-map';

/* The reference's example pushes, verbatim (shipping-info.md §6, local-delivery.md §5.2). */
const REMIND_ACCESS_XML =
  '<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><FromUserName><![CDATA[oSystem000000000000000000000]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[trade_manage_remind_access_api]]></Event><msg><![CDATA[please integrate the shipping info API]]></msg></xml>';
const REMIND_ACCESS_JSON =
  '{"ToUserName":"gh_0123456789ab","FromUserName":"oSystem000000000000000000000","CreateTime":1700000000,"MsgType":"event","Event":"trade_manage_remind_access_api","msg":"please integrate the shipping info API"}';
const REMIND_SHIPPING_XML =
  '<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><FromUserName><![CDATA[oSystem000000000000000000000]]></FromUserName><CreateTime>1700172800</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[trade_manage_remind_shipping]]></Event><transaction_id><![CDATA[4200000000202311150000000001]]></transaction_id><merchant_id><![CDATA[1900000109]]></merchant_id><sub_merchant_id><![CDATA[]]></sub_merchant_id><merchant_trade_no><![CDATA[ORD20231115001]]></merchant_trade_no><pay_time>1700000000</pay_time><msg><![CDATA[order unshipped for 48 hours]]></msg></xml>';
const REMIND_SHIPPING_JSON =
  '{"ToUserName":"gh_0123456789ab","FromUserName":"oSystem000000000000000000000","CreateTime":1700172800,"MsgType":"event","Event":"trade_manage_remind_shipping","transaction_id":"4200000000202311150000000001","merchant_id":"1900000109","sub_merchant_id":"","merchant_trade_no":"ORD20231115001","pay_time":1700000000,"msg":"order unshipped for 48 hours"}';
const WILL_SETTLE_XML =
  '<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><FromUserName><![CDATA[oSystem000000000000000000000]]></FromUserName><CreateTime>1700013600</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[trade_manage_order_settlement]]></Event><transaction_id><![CDATA[4200000000202311150000000001]]></transaction_id><merchant_id><![CDATA[1900000109]]></merchant_id><sub_merchant_id><![CDATA[]]></sub_merchant_id><merchant_trade_no><![CDATA[ORD20231115001]]></merchant_trade_no><pay_time>1700000000</pay_time><shipped_time>1700013600</shipped_time><estimated_settlement_time>1700877600</estimated_settlement_time></xml>';
const SETTLED_JSON =
  '{"ToUserName":"gh_0123456789ab","FromUserName":"oSystem000000000000000000000","CreateTime":1700300000,"MsgType":"event","Event":"trade_manage_order_settlement","transaction_id":"4200000000202311150000000001","merchant_id":"1900000109","sub_merchant_id":"","merchant_trade_no":"ORD20231115001","pay_time":1700000000,"shipped_time":1700013600,"confirm_receive_method":2,"confirm_receive_time":1700290000,"settlement_time":1700300000}';
const WAYBILL_STATUS_JSON =
  '{"ToUserName":"gh_0123456789ab","FromUserName":"oWxTeamFixedOpenId0000000000","CreateTime":1700000100,"MsgType":"event","Event":"update_waybill_status","shopid":"test_shop_id","shop_order_id":"ORD0001","shop_no":"","waybill_id":"ORD0001_waybillid","action_time":1700000100,"order_status":102,"action_msg":"","agent":{"name":"张三","phone":"13712345678"}}';
const WAYBILL_STATUS_XML =
  '<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><FromUserName><![CDATA[oWxTeamFixedOpenId0000000000]]></FromUserName><CreateTime>1700000400</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[update_waybill_status]]></Event><shopid><![CDATA[test_shop_id]]></shopid><shop_order_id><![CDATA[ORD0001]]></shop_order_id><waybill_id><![CDATA[ORD0001_waybillid]]></waybill_id><action_time>1700000400</action_time><order_status>301</order_status><action_msg><![CDATA[]]></action_msg><agent><name><![CDATA[张三]]></name><phone><![CDATA[13712345678]]></phone><reach_time>1700001600</reach_time></agent><shop_no><![CDATA[]]></shop_no></xml>';

const header = (createTime: number, from = 'oSystem000000000000000000000') => ({
  toUserName: 'gh_0123456789ab',
  fromUserName: from,
  createTime,
  msgType: 'event',
});
const payment = {
  transactionId: '4200000000202311150000000001',
  merchantId: '1900000109',
  subMerchantId: '',
  merchantTradeNo: 'ORD20231115001',
  payTime: 1700000000,
};

/** Parses a body as the decoder does and maps it with the definition its name selects. */
function mapped<Name extends keyof WechatEventMap>(
  name: Name,
  body: string,
): WechatEventMap[Name] {
  const fields = parseFields(body, body.startsWith('<') ? 'xml' : 'json');
  const definition = typedEventNamed(String(fields['Event']));
  expect(definition?.name).toBe(name);
  return definition!.map(fields) as WechatEventMap[Name];
}

/** The fields WeChat sends as numbers (bare in XML, JSON numbers): the rest are strings, digits or not. */
const NUMERIC =
  /^(CreateTime|pay_time|shipped_time|estimated_settlement_time|confirm_receive_method|confirm_receive_time|settlement_time|action_time|order_status|reach_time)$/;

/** The same push in the other format, as WeChat would send it with the console set to it. */
function otherFormat(body: string): string {
  const fields = parseFields(body, body.startsWith('<') ? 'xml' : 'json');
  if (body.startsWith('<'))
    return JSON.stringify(fields, (key, value: unknown) =>
      NUMERIC.test(key) ? Number(value) : value,
    );
  const element = (name: string, value: unknown): string =>
    typeof value === 'object' && value !== null
      ? `<${name}>${Object.entries(value)
          .map(([k, v]) => element(k, v))
          .join('')}</${name}>`
      : typeof value === 'number'
        ? `<${name}>${value}</${name}>`
        : `<${name}><![CDATA[${String(value)}]]></${name}>`;
  return `<xml>${Object.entries(fields)
    .map(([k, v]) => element(k, v))
    .join('')}</xml>`;
}

function keyOf(name: keyof WechatEventMap, body: string): string {
  const definition = typedEventNamed(name)!;
  return definition.dedupeKey(mapped(name, body)).join('|');
}

describe('typed push events, mapped from the reference example pushes', () => {
  it.each([
    ['XML', REMIND_ACCESS_XML],
    ['JSON', REMIND_ACCESS_JSON],
  ])('trade_manage_remind_access_api (%s)', (_format, body) => {
    expect(mapped('trade_manage_remind_access_api', body)).toEqual({
      ...header(1700000000),
      event: 'trade_manage_remind_access_api',
      msg: 'please integrate the shipping info API',
    });
  });

  it.each([
    ['XML', REMIND_SHIPPING_XML],
    ['JSON', REMIND_SHIPPING_JSON],
  ])('trade_manage_remind_shipping (%s)', (_format, body) => {
    expect(mapped('trade_manage_remind_shipping', body)).toEqual({
      ...header(1700172800),
      event: 'trade_manage_remind_shipping',
      ...payment,
      msg: 'order unshipped for 48 hours',
    });
  });

  it.each([
    ['XML', WILL_SETTLE_XML],
    ['JSON', otherFormat(WILL_SETTLE_XML)],
  ])('trade_manage_order_settlement, "will settle" shape (%s)', (_f, body) => {
    expect(mapped('trade_manage_order_settlement', body)).toEqual({
      ...header(1700013600),
      event: 'trade_manage_order_settlement',
      ...payment,
      shippedTime: 1700013600,
      stage: 'shipped',
      estimatedSettlementTime: 1700877600,
    });
  });

  it.each([
    ['JSON', SETTLED_JSON],
    ['XML', otherFormat(SETTLED_JSON)],
  ])('trade_manage_order_settlement, "has settled" shape (%s)', (_f, body) => {
    expect(mapped('trade_manage_order_settlement', body)).toEqual({
      ...header(1700300000),
      event: 'trade_manage_order_settlement',
      ...payment,
      shippedTime: 1700013600,
      stage: 'settled',
      confirmReceiveMethod: 2,
      confirmReceiveTime: 1700290000,
      settlementTime: 1700300000,
    });
  });

  it('tells the shapes apart by what is present, not by empty leftovers of the other shape', () => {
    const withEmptySettlementFields = WILL_SETTLE_XML.replace(
      '</xml>',
      '<confirm_receive_method><![CDATA[]]></confirm_receive_method><confirm_receive_time><![CDATA[]]></confirm_receive_time></xml>',
    );
    expect(
      mapped('trade_manage_order_settlement', withEmptySettlementFields).stage,
    ).toBe('shipped');
  });

  it('refuses a settlement push of neither shape as malformed, naming both fields', () => {
    const fields = parseFields(SETTLED_JSON, 'json');
    delete fields['confirm_receive_method'];
    const refusal = (() => {
      try {
        typedEventNamed('trade_manage_order_settlement')!.map(fields);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(WechatPushError);
    expect(refusal).toMatchObject({ reason: 'malformed', httpStatus: 400 });
    expect((refusal as Error).message).toContain('confirm_receive_method');
    expect((refusal as Error).message).toContain('estimated_settlement_time');
  });

  it('update_waybill_status (JSON, rider without an arrival time)', () => {
    expect(mapped('update_waybill_status', WAYBILL_STATUS_JSON)).toEqual({
      ...header(1700000100, 'oWxTeamFixedOpenId0000000000'),
      event: 'update_waybill_status',
      shopId: 'test_shop_id',
      shopOrderId: 'ORD0001',
      shopNo: '',
      waybillId: 'ORD0001_waybillid',
      actionTime: 1700000100,
      orderStatus: 102,
      orderStatusInfo: {
        zh: '分配骑手成功',
        en: 'rider assigned',
        final: undefined,
      },
      actionMsg: '',
      agent: { name: '张三', phone: '13712345678', reachTime: undefined },
    });
  });

  it('update_waybill_status (XML, nested agent with its arrival time)', () => {
    expect(mapped('update_waybill_status', WAYBILL_STATUS_XML)).toMatchObject({
      orderStatus: 301,
      actionTime: 1700000400,
      agent: { name: '张三', phone: '13712345678', reachTime: 1700001600 },
    });
  });

  it.each([
    [302, 'success', '配送成功'],
    [103, 'fail', '商家取消'],
    [401, 'fail', '配送员已返回商家'],
    [303, undefined, '商家取消，配送员返回商家中'],
  ])(
    'update_waybill_status %i carries its words and final flag (%s)',
    (status, final, zh) => {
      const event = mapped(
        'update_waybill_status',
        WAYBILL_STATUS_JSON.replace(
          '"order_status":102',
          `"order_status":${status}`,
        ),
      ) as { orderStatusInfo: unknown };
      expect(event.orderStatusInfo).toMatchObject({ final, zh });
    },
  );

  it('update_waybill_status with an undocumented status passes it on without words', () => {
    expect(
      mapped(
        'update_waybill_status',
        WAYBILL_STATUS_JSON.replace('"order_status":102', '"order_status":0'),
      ),
    ).toMatchObject({ orderStatus: 0, orderStatusInfo: undefined });
  });

  it('update_waybill_status without an agent (some sandbox pushes)', () => {
    const fields = parseFields(WAYBILL_STATUS_JSON, 'json');
    delete fields['agent'];
    expect(typedEventNamed('update_waybill_status')!.map(fields)).toMatchObject(
      { agent: undefined },
    );
  });

  it("routes WeChat's Event case-insensitively (update_waybill_status is documented so)", () => {
    expect(typedEventNamed('UPDATE_WAYBILL_STATUS')?.name).toBe(
      'update_waybill_status',
    );
    expect(typedEventNamed('wxa_trade_controlled')).toBeUndefined();
    expect(typedEventNamed('toString')).toBeUndefined();
  });
});

describe('dedupe keys: a re-send is the same event, a new event is not', () => {
  it('is the same for one push in either format', () => {
    expect(keyOf('trade_manage_remind_shipping', REMIND_SHIPPING_XML)).toBe(
      keyOf('trade_manage_remind_shipping', REMIND_SHIPPING_JSON),
    );
    expect(keyOf('update_waybill_status', WAYBILL_STATUS_JSON)).toBe(
      keyOf('update_waybill_status', otherFormat(WAYBILL_STATUS_JSON)),
    );
  });

  it('keeps a settlement\'s two pushes apart, and a later "will settle" after a re-upload', () => {
    const shipped = keyOf('trade_manage_order_settlement', WILL_SETTLE_XML);
    const settled = keyOf('trade_manage_order_settlement', SETTLED_JSON);
    expect(shipped).not.toBe(settled);
    const reshipped = keyOf(
      'trade_manage_order_settlement',
      WILL_SETTLE_XML.replace(
        '<shipped_time>1700013600</shipped_time>',
        '<shipped_time>1700099999</shipped_time>',
      ),
    );
    expect(reshipped).not.toBe(shipped);
  });

  it("keeps a later reminder for the same order apart (a new CreateTime), and a local order's next status", () => {
    expect(
      keyOf('trade_manage_remind_shipping', REMIND_SHIPPING_JSON),
    ).not.toBe(
      keyOf(
        'trade_manage_remind_shipping',
        REMIND_SHIPPING_JSON.replace(
          '"CreateTime":1700172800',
          '"CreateTime":1700259200',
        ),
      ),
    );
    expect(keyOf('update_waybill_status', WAYBILL_STATUS_JSON)).not.toBe(
      keyOf(
        'update_waybill_status',
        WAYBILL_STATUS_JSON.replace('"order_status":102', '"order_status":202'),
      ),
    );
  });

  it('keeps the same order id of two carrier accounts (shops) apart', () => {
    expect(keyOf('update_waybill_status', WAYBILL_STATUS_JSON)).not.toBe(
      keyOf(
        'update_waybill_status',
        WAYBILL_STATUS_JSON.replace(
          '"shopid":"test_shop_id"',
          '"shopid":"other_shop"',
        ),
      ),
    );
  });

  it('starts with the event name for every event but the path update, whose key predates them', () => {
    expect(keyOf('trade_manage_remind_access_api', REMIND_ACCESS_JSON)).toBe(
      'trade_manage_remind_access_api|oSystem000000000000000000000|1700000000',
    );
    expect(keyOf('update_waybill_status', WAYBILL_STATUS_JSON)).toBe(
      'update_waybill_status|test_shop_id|ORD0001|102|1700000100',
    );
  });
});
