import { messagesFor } from '../../core/validation/messages-for.spec-helper';
import { UploadShippingInfoDto } from './upload-shipping-info.dto';

const validUpload = (): Record<string, unknown> => ({
  orderKey: {
    orderNumberType: 2,
    transactionId: '4200000000202311150000000001',
  },
  logisticsType: 1,
  deliveryMode: 1,
  shippingList: [
    {
      trackingNo: 'SF1234567890123',
      expressCompany: 'SF',
      itemDesc: '保温杯*1',
      contact: { receiverContact: '138****5678' },
    },
  ],
  uploadTime: '2023-11-15T10:00:00+08:00',
  payer: { openid: 'oTestPayer0001' },
});

const express = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    trackingNo: `YT${i}`,
    expressCompany: 'YTO',
    itemDesc: `包裹${i}`,
  }));

const check = (changes: Record<string, unknown>) =>
  messagesFor(UploadShippingInfoDto, { ...validUpload(), ...changes });

describe('UploadShippingInfoDto', () => {
  it("accepts the reference's example", () => {
    expect(check({})).toEqual([]);
  });

  describe('order key forms (§3.1)', () => {
    it('needs transactionId for form 2', () => {
      expect(check({ orderKey: { orderNumberType: 2 } })).toEqual([
        'orderKey.transactionId is required when orderNumberType is 2 (transaction id)',
      ]);
    });

    it('needs mchid and outTradeNo for form 1', () => {
      expect(
        check({ orderKey: { orderNumberType: 1, transactionId: '42000001' } }),
      ).toEqual([
        'orderKey.mchid is required when orderNumberType is 1 (merchant order no.)',
        'orderKey.outTradeNo is required when orderNumberType is 1 (merchant order no.)',
      ]);
    });

    it('accepts form 1 with mchid and outTradeNo', () => {
      expect(
        check({
          orderKey: {
            orderNumberType: 1,
            mchid: '1900000109',
            outTradeNo: 'A_b-1*',
          },
        }),
      ).toEqual([]);
    });

    it("refuses an outTradeNo outside WeChat Pay's characters", () => {
      expect(
        check({
          orderKey: {
            orderNumberType: 1,
            mchid: '1900000109',
            outTradeNo: 'ORD 1/2',
          },
        }),
      ).toEqual([
        'orderKey.outTradeNo may hold only digits, letters, _, - and *',
      ]);
    });

    it('refuses an order number type other than 1 or 2', () => {
      expect(
        check({ orderKey: { orderNumberType: 3, transactionId: '42' } }),
      ).toEqual([
        'orderKey.orderNumberType must be one of 1 (MerchantTradeNo), 2 (TransactionId)',
      ]);
    });
  });

  describe('logistics type and delivery mode (§3.6, §4.1)', () => {
    it('refuses a logistics type outside 1–4', () => {
      expect(check({ logisticsType: 5 })).toEqual([
        'logisticsType must be one of 1 (Express), 2 (Intracity), 3 (Virtual), 4 (SelfPickup)',
      ]);
    });

    it('needs trackingNo and expressCompany on every express package', () => {
      expect(check({ shippingList: [{ itemDesc: '保温杯*1' }] })).toEqual([
        'shippingList items need trackingNo and expressCompany when logisticsType is 1 (express): shippingList.0 lacks trackingNo and expressCompany',
      ]);
    });

    it('needs no waybill for virtual goods, intracity or self-pickup', () => {
      for (const logisticsType of [2, 3, 4])
        expect(
          check({ logisticsType, shippingList: [{ itemDesc: '会员卡*1' }] }),
        ).toEqual([]);
    });

    it('allows exactly one package in unified delivery', () => {
      expect(check({ shippingList: express(2) })).toEqual([
        'shippingList must have exactly 1 item when deliveryMode is 1 (unified) (got 2)',
      ]);
    });

    it('allows split delivery for express only', () => {
      expect(
        check({
          logisticsType: 2,
          deliveryMode: 2,
          isAllDelivered: true,
          shippingList: [{ itemDesc: 'a' }],
        }),
      ).toEqual([
        'deliveryMode may be 2 (split) only when logisticsType is 1 (express)',
      ]);
    });

    it('needs isAllDelivered in split delivery', () => {
      expect(check({ deliveryMode: 2, shippingList: express(2) })).toEqual([
        'isAllDelivered is required when deliveryMode is 2 (split)',
      ]);
    });

    it('takes up to 15 packages in split delivery, not 16', () => {
      const split = { deliveryMode: 2, isAllDelivered: false };
      expect(check({ ...split, shippingList: express(15) })).toEqual([]);
      expect(check({ ...split, shippingList: express(16) })).toEqual([
        'shippingList must have 1 to 15 items (got 16)',
      ]);
    });

    it('refuses an empty package list', () => {
      expect(check({ shippingList: [] })).toContain(
        'shippingList must have 1 to 15 items (got 0)',
      );
    });
  });

  describe('packages (§3.2, §3.3)', () => {
    const item = (changes: Record<string, unknown>) =>
      check({ shippingList: [{ ...express(1)[0], ...changes }] });

    it('bounds trackingNo and expressCompany at 128 UTF-8 bytes', () => {
      expect(
        item({ trackingNo: 'x'.repeat(128), expressCompany: 'y'.repeat(128) }),
      ).toEqual([]);
      expect(
        item({ trackingNo: 'x'.repeat(129), expressCompany: '顺'.repeat(43) }),
      ).toEqual([
        'shippingList.0.trackingNo must be at most 128 bytes in UTF-8 (a Chinese character is 3 bytes)',
        'shippingList.0.expressCompany must be at most 128 bytes in UTF-8 (a Chinese character is 3 bytes)',
      ]);
    });

    it('bounds itemDesc at 120 characters (not bytes), emoji counted once', () => {
      expect(item({ itemDesc: '枕'.repeat(120) })).toEqual([]);
      expect(item({ itemDesc: '🍌'.repeat(120) })).toEqual([]);
      expect(item({ itemDesc: '枕'.repeat(121) })).toEqual([
        'shippingList.0.itemDesc must be at most 120 characters',
      ]);
    });

    it('needs a non-empty itemDesc', () => {
      expect(item({ itemDesc: '' })).toEqual([
        'shippingList.0.itemDesc should not be empty',
      ]);
    });

    it('needs a contact for SF (顺丰) packages, not for others', () => {
      expect(item({ expressCompany: 'SF' })).toEqual([
        'shippingList.0.contact is required when expressCompany is SF (顺丰)',
      ]);
      expect(item({ expressCompany: 'YTO' })).toEqual([]);
    });

    it("needs one of the contact's two numbers", () => {
      expect(item({ expressCompany: 'SF', contact: {} })).toEqual([
        'shippingList.0.contact.receiverContact is required unless consignorContact is given',
      ]);
      expect(
        item({
          expressCompany: 'SF',
          contact: { consignorContact: '021-****1234' },
        }),
      ).toEqual([]);
    });

    it('takes masked numbers only, last four digits shown', () => {
      for (const masked of ['189****1234', '021-****1234', '****123-8008'])
        expect(item({ contact: { receiverContact: masked } })).toEqual([]);
      expect(item({ contact: { receiverContact: '13812345678' } })).toEqual([
        'shippingList.0.contact.receiverContact must be a masked phone number showing only its last 4 digits, e.g. 189****1234 or 021-****1234',
      ]);
      expect(item({ contact: { consignorContact: '189****12' } })).toHaveLength(
        1,
      );
    });

    it('bounds a contact at 1024 bytes', () => {
      expect(
        item({ contact: { receiverContact: `${'*'.repeat(1021)}1234` } }),
      ).toContain(
        'shippingList.0.contact.receiverContact must be at most 1024 bytes in UTF-8 (a Chinese character is 3 bytes)',
      );
    });
  });

  describe('uploadTime (§3.8)', () => {
    it.each([
      '2023-11-15T10:00:00+08:00',
      '2023-11-15T10:00:00.120+08:00',
      '2023-11-15T02:00:00Z',
      '2024-02-29T23:59:59-05:30',
    ])('accepts %s', (uploadTime) => {
      expect(check({ uploadTime })).toEqual([]);
    });

    it('accepts a Date', () => {
      expect(check({ uploadTime: new Date() })).toEqual([]);
    });

    it.each([
      '2023-11-15 10:00:00',
      '2023-11-15T10:00:00',
      '2023-11-15T10:00:00+0800',
      '2023-02-30T10:00:00+08:00',
      '2023-11-15T24:00:00+08:00',
      '1700013600',
    ])('refuses %s', (uploadTime) => {
      expect(check({ uploadTime })).toEqual([
        'uploadTime must be a Date or an RFC 3339 time with an offset, e.g. 2023-11-15T10:00:00+08:00',
      ]);
    });

    it('refuses an invalid Date and a missing time', () => {
      expect(check({ uploadTime: new Date('nope') })).toHaveLength(1);
      expect(check({ uploadTime: undefined })).toEqual([
        'uploadTime is required',
      ]);
    });
  });

  describe('payer (§3.4)', () => {
    it('needs an openid of at most 128 bytes', () => {
      expect(check({ payer: {} })).toEqual([
        'payer.openid should not be empty',
        'payer.openid must be a string',
      ]);
      expect(check({ payer: { openid: 'o'.repeat(129) } })).toEqual([
        'payer.openid must be at most 128 bytes in UTF-8 (a Chinese character is 3 bytes)',
      ]);
    });
  });
});
