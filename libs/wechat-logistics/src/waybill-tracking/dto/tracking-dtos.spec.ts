import { messagesFor } from '../../core/validation/messages-for.spec-helper';
import { asFollowWaybillToken, asTraceWaybillToken } from '../waybill-token';
import { FollowWaybillDto, TraceWaybillDto } from './register-waybill.dto';
import {
  QueryFollowTraceDto,
  QueryTraceDto,
  UpdateWaybillGoodsDto,
} from './waybill-token-calls.dto';

const goods = (n = 1) =>
  Array.from({ length: n }, (_, i) => ({
    goodsName: `保温杯 ${i}`,
    goodsImgUrl: `https://img.example.com/goods/${i}.jpg`,
  }));

const registration = (changes: Record<string, unknown> = {}) => ({
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  receiverPhone: '13800138000',
  waybillId: 'YT2212345678901',
  goodsInfo: { detailList: goods() },
  ...changes,
});

const TOKEN =
  'o_ARWHaxIxzWHmdui-AIw9KBr8qNnbmc08V0KhDyXE-IMLo6AcOqJkPsNLcLzfTb';

describe.each([
  ['TraceWaybillDto (§4.1)', TraceWaybillDto],
  ['FollowWaybillDto (§4.5)', FollowWaybillDto],
])('%s', (_name, type) => {
  const messages = (changes: Record<string, unknown> = {}) =>
    messagesFor(type, registration(changes));

  it('accepts the required fields alone, and every optional field', () => {
    expect(messages()).toEqual([]);
    expect(
      messages({
        senderPhone: '020-88888888',
        transId: '4200001234202311150123456789',
        orderDetailPath: 'pages/order/detail?id=1001',
        deliveryId: 'YTO',
        goodsInfo: {
          detailList: [{ ...goods()[0], goodsDesc: '304 不锈钢 500ml' }],
        },
      }),
    ).toEqual([]);
  });

  it('needs 1 to 10 goods (the 10 is a staff statement: more got -1)', () => {
    expect(messages({ goodsInfo: { detailList: goods(10) } })).toEqual([]);
    expect(messages({ goodsInfo: { detailList: goods(11) } })).toEqual([
      'goodsInfo.detailList must have 1 to 10 items (got 11)',
    ]);
    expect(messages({ goodsInfo: { detailList: [] } })).toEqual([
      'goodsInfo.detailList must have 1 to 10 items (got 0)',
    ]);
  });

  it('refuses goods_info sent as a bare list: it is an object wrapping detailList', () => {
    expect(messages({ goodsInfo: goods() })[0]).toBe(
      'goodsInfo must be an object',
    );
  });

  it('counts goodsName (≤ 60) and goodsDesc (≤ 40) in characters, not bytes', () => {
    const item = goods()[0];
    const list = (extra: Record<string, unknown>) => ({
      goodsInfo: { detailList: [{ ...item, ...extra }] },
    });
    expect(messages(list({ goodsName: '杯'.repeat(60) }))).toEqual([]);
    expect(messages(list({ goodsName: '杯'.repeat(61) }))).toEqual([
      'goodsInfo.detailList.0.goodsName must be at most 60 characters',
    ]);
    expect(messages(list({ goodsDesc: '杯'.repeat(40) }))).toEqual([]);
    expect(messages(list({ goodsDesc: '杯'.repeat(41) }))).toEqual([
      'goodsInfo.detailList.0.goodsDesc must be at most 40 characters',
    ]);
  });

  it.each([
    ['non-ASCII path', 'https://img.example.com/商品/1.jpg'],
    ['no scheme (the docs’ own www.qq.com)', 'www.qq.com'],
    ['another scheme', 'ftp://img.example.com/1.jpg'],
    ['a space', 'https://img.example.com/a b.jpg'],
  ])('refuses a goodsImgUrl with %s, naming 9300561', (_what, url) => {
    expect(
      messages({
        goodsInfo: { detailList: [{ goodsName: 'x', goodsImgUrl: url }] },
      }),
    ).toEqual([
      'goodsInfo.detailList.0.goodsImgUrl must be an http:// or https:// URL of printable ASCII characters (percent-encode anything else): WeChat answers 9300561 for other image URLs',
    ]);
  });

  it('requires receiverPhone (§8.6) and checks both phones', () => {
    expect(messages({ receiverPhone: undefined })).toEqual([
      'receiverPhone should not be empty',
      'receiverPhone must be a string',
    ]);
    for (const phone of [
      '13800138000',
      '+86 138 0013 8000',
      '020-88888888',
      '(020) 8888-8888',
    ])
      expect(messages({ receiverPhone: phone, senderPhone: phone })).toEqual(
        [],
      );
    const advice =
      'must be a phone number of 5 to 20 digits, with + ( ) - or spaces at most, e.g. 13800138000 or 020-88888888 (not masked: the carrier matches it)';
    for (const phone of ['138****8000', 'call me', '1234', '1'.repeat(21)])
      expect(messages({ receiverPhone: phone })).toContain(
        `receiverPhone ${advice}`,
      );
    expect(messages({ senderPhone: 'abc' })).toEqual([`senderPhone ${advice}`]);
  });

  it('takes orderDetailPath as an optional mini-program page path (§8.4)', () => {
    expect(messages({ orderDetailPath: '/pages/order/detail?id=1' })).toEqual(
      [],
    );
    const advice =
      'orderDetailPath must be a mini-program page path such as pages/order/detail?id=1: no scheme (https:, weixin:), no spaces';
    for (const path of [
      'https://shop.example.com/order/1',
      'weixin://dl/business',
      '//shop.example.com/x',
      'pages/order detail',
    ])
      expect(messages({ orderDetailPath: path })).toEqual([advice]);
    expect(messages({ orderDetailPath: `p/${'a'.repeat(1023)}` })).toEqual([
      'orderDetailPath must be at most 1024 bytes in UTF-8 (a Chinese character is 3 bytes)',
    ]);
  });

  it('takes transId as an optional string of digits (§8.3)', () => {
    const advice =
      'transId must be a WeChat Pay transaction id: 1 to 32 digits';
    expect(messages({ transId: '42000012342023ABC' })).toEqual([advice]);
    expect(messages({ transId: '4'.repeat(33) })).toEqual([advice]);
    expect(messages({ transId: 4200001234 })).toContain(
      'transId must be a string',
    );
  });

  it("accepts this family's carrier codes with punctuation, like (AU)", () => {
    expect(messages({ deliveryId: '(AU)' })).toEqual([]);
    expect(messages({ deliveryId: 'Y D' })).toEqual([
      'deliveryId must be printable ASCII without spaces',
    ]);
  });

  it('checks openid and waybillId', () => {
    expect(messages({ openid: undefined })).toEqual([
      'openid should not be empty',
      'openid must be a string',
    ]);
    expect(messages({ openid: 'o pen' })).toEqual([
      'openid may hold only letters, digits, _ and -',
    ]);
    expect(messages({ waybillId: 'YT 221' })).toEqual([
      'waybillId must be printable ASCII without spaces',
    ]);
  });

  it("refuses WeChat's snake_case names, naming the camelCase ones", () => {
    const { goodsInfo, ...rest } = registration();
    expect(messagesFor(type, { ...rest, goods_info: goodsInfo })).toEqual([
      'goods_info is not a known field; accepted fields: openid, senderPhone, receiverPhone, waybillId, goodsInfo, transId, orderDetailPath, deliveryId',
      'goodsInfo is required',
    ]);
  });
});

describe('the token calls', () => {
  it('take a token and an optional openid', () => {
    for (const type of [QueryTraceDto, QueryFollowTraceDto])
      expect(messagesFor(type, { waybillToken: TOKEN })).toEqual([]);
    expect(
      messagesFor(UpdateWaybillGoodsDto, {
        waybillToken: TOKEN,
        goodsInfo: { detailList: goods(11) },
      }),
    ).toEqual(['goodsInfo.detailList must have 1 to 10 items (got 11)']);
  });

  it('refuse a value that cannot be a token', () => {
    expect(messagesFor(QueryTraceDto, { waybillToken: 'a b' })).toEqual([
      'waybillToken must be a waybill_token: 1 to 512 printable ASCII characters without spaces',
    ]);
  });
});

describe('asTraceWaybillToken / asFollowWaybillToken', () => {
  it('re-brand a stored token unchanged', () => {
    expect(asTraceWaybillToken(TOKEN)).toBe(TOKEN);
    expect(asFollowWaybillToken(TOKEN)).toBe(TOKEN);
  });

  it('refuse what cannot be a token, without quoting it', () => {
    expect(() => asTraceWaybillToken('')).toThrow(
      new TypeError(
        'asTraceWaybillToken expects a waybill_token; got a string of 0 characters that is not printable ASCII without spaces, 1 to 512 characters',
      ),
    );
    expect(() => asFollowWaybillToken('secret value')).toThrow(
      /^asFollowWaybillToken expects a waybill_token; got a string of 12 characters/,
    );
    expect(() => asFollowWaybillToken('secret value')).not.toThrow(/secret/);
    expect(() => asTraceWaybillToken(null as unknown as string)).toThrow(
      'got a null',
    );
  });
});
