import { messagesFor } from '../../core/validation/messages-for.spec-helper';
import {
  IntracityAddOrderDto,
  IntracityCancelOrderDto,
  IntracityCreateStoreDto,
  IntracityPreAddOrderDto,
  IntracityQueryFlowDto,
  IntracityQueryOrderDto,
  IntracityStoreChargeDto,
  IntracityUpdateStoreDto,
} from '.';
import {
  validAddress,
  validOrder,
  validQuote,
  validStore,
} from './intracity.spec-helper';

const storeWith = (fields: Record<string, unknown>) => ({
  ...validStore(),
  ...fields,
});
const addressWith = (fields: Record<string, unknown>) =>
  storeWith({ addressInfo: { ...validAddress(), ...fields } });
const cargoWith = (fields: Record<string, unknown>) => ({
  ...validOrder(),
  cargo: { ...(validOrder().cargo as object), ...fields },
});

describe('同城配送 DTOs', () => {
  it('accept the reference shapes', () => {
    expect(messagesFor(IntracityCreateStoreDto, validStore())).toEqual([]);
    expect(messagesFor(IntracityPreAddOrderDto, validQuote())).toEqual([]);
    expect(messagesFor(IntracityAddOrderDto, validOrder())).toEqual([]);
  });

  describe('stores', () => {
    it('require the preferred carrier with orderPattern 2, and take it only then', () => {
      expect(
        messagesFor(IntracityCreateStoreDto, storeWith({ orderPattern: 2 })),
      ).toEqual([
        'serviceTransPrefer is required when orderPattern is 2 (carrier first)',
      ]);
      expect(
        messagesFor(
          IntracityCreateStoreDto,
          storeWith({ orderPattern: 2, serviceTransPrefer: 'SFTC' }),
        ),
      ).toEqual([]);
      expect(
        messagesFor(
          IntracityCreateStoreDto,
          storeWith({ serviceTransPrefer: 'DADA' }),
        ),
      ).toEqual([
        'serviceTransPrefer is only taken when orderPattern is 2 (carrier first)',
      ]);
      expect(
        messagesFor(
          IntracityCreateStoreDto,
          storeWith({ orderPattern: 2, serviceTransPrefer: 'UU' }),
        ),
      ).toHaveLength(1);
    });

    it('require an outStoreId, bounded, and the address', () => {
      expect(
        messagesFor(IntracityCreateStoreDto, {
          storeName: 'x',
          addressInfo: validAddress(),
        }),
      ).toEqual([
        expect.stringMatching(/^outStoreId /),
        expect.stringMatching(/^outStoreId /),
      ]);
      expect(
        messagesFor(
          IntracityCreateStoreDto,
          storeWith({ outStoreId: 'x'.repeat(129) }),
        ),
      ).toEqual([expect.stringMatching(/^outStoreId .*128/)]);
      expect(
        messagesFor(
          IntracityCreateStoreDto,
          storeWith({ addressInfo: undefined }),
        ),
      ).toEqual(['addressInfo is required']);
    });

    it.each([['020-8080880'], ['0755-12345678'], ['13800138000']])(
      'take the phone %s',
      (phone) => {
        expect(
          messagesFor(IntracityCreateStoreDto, addressWith({ phone })),
        ).toEqual([]);
      },
    );

    it.each([['8080880'], ['+86 13800138000'], ['1380013800']])(
      'refuse the phone %s, saying which forms are taken',
      (phone) => {
        expect(
          messagesFor(IntracityCreateStoreDto, addressWith({ phone })),
        ).toEqual([
          'addressInfo.phone must be an 11-digit mobile number or a landline with its area code (e.g. 020-8080880)',
        ]);
      },
    );

    it('bound coordinates and require every address field but street', () => {
      expect(
        messagesFor(
          IntracityCreateStoreDto,
          addressWith({ lat: 91, lng: -181 }),
        ),
      ).toEqual([
        'addressInfo.lat must be at most 90 degrees (got 91)',
        expect.stringMatching(/^addressInfo\.lng must be /),
      ]);
      expect(
        messagesFor(
          IntracityCreateStoreDto,
          addressWith({ street: undefined, house: undefined }),
        ),
      ).toEqual([
        expect.stringMatching(/^addressInfo\.house /),
        expect.stringMatching(/^addressInfo\.house /),
      ]);
    });

    it('update one store by exactly one id, changing at least one field', () => {
      const valid = {
        keys: { outStoreId: 'store-0001' },
        content: { storeName: '新名字' },
      };
      expect(messagesFor(IntracityUpdateStoreDto, valid)).toEqual([]);
      expect(
        messagesFor(IntracityUpdateStoreDto, { ...valid, keys: {} }),
      ).toEqual(['keys.wxStoreId is required unless outStoreId is given']);
      expect(
        messagesFor(IntracityUpdateStoreDto, {
          ...valid,
          keys: { outStoreId: 's', wxStoreId: '4000' },
        }),
      ).toEqual([
        'keys.wxStoreId and outStoreId are exclusive: give one of them',
      ]);
      expect(
        messagesFor(IntracityUpdateStoreDto, { ...valid, content: {} }),
      ).toEqual([
        'content must change at least one field (storeName, orderPattern, serviceTransPrefer, addressInfo)',
      ]);
    });
  });

  describe('money', () => {
    it('is whole fen, and a top-up at least 5000', () => {
      const charge = { wxStoreId: '4000', serviceTransId: 'DADA' };
      expect(
        messagesFor(IntracityStoreChargeDto, { ...charge, amount: 5000 }),
      ).toEqual([]);
      expect(
        messagesFor(IntracityStoreChargeDto, { ...charge, amount: 4999 }),
      ).toEqual([expect.stringMatching(/^amount .*5000/)]);
      expect(
        messagesFor(IntracityStoreChargeDto, { ...charge, amount: 50.5 }),
      ).toEqual([expect.stringMatching(/^amount must be an integer/)]);
      expect(
        messagesFor(IntracityAddOrderDto, cargoWith({ cargoPrice: 12.8 })),
      ).toEqual([
        expect.stringMatching(/^cargo\.cargoPrice must be an integer/),
      ]);
    });

    it('needs the store unless the app or the platform pays', () => {
      expect(
        messagesFor(IntracityStoreChargeDto, {
          serviceTransId: 'DADA',
          amount: 5000,
        }),
      ).toEqual([
        'wxStoreId is required when payMode is PAY_MODE_STORE or absent (the store pays)',
      ]);
      expect(
        messagesFor(IntracityStoreChargeDto, {
          serviceTransId: 'DADA',
          amount: 5000,
          payMode: 'PAY_MODE_APP',
        }),
      ).toEqual([]);
    });
  });

  describe('orders', () => {
    it('take weight in whole grams and a cargo type from the list', () => {
      expect(
        messagesFor(IntracityAddOrderDto, cargoWith({ cargoWeight: 1.5 })),
      ).toEqual([
        expect.stringMatching(/^cargo\.cargoWeight must be an integer/),
      ]);
      expect(
        messagesFor(IntracityAddOrderDto, cargoWith({ cargoType: 4 })),
      ).toEqual([expect.stringMatching(/^cargo\.cargoType /)]);
    });

    it('require orderDetailPath, an item, and a http(s) callbackUrl', () => {
      expect(
        messagesFor(IntracityAddOrderDto, {
          ...validOrder(),
          orderDetailPath: undefined,
        }),
      ).toEqual([
        expect.stringMatching(/^orderDetailPath /),
        expect.stringMatching(/^orderDetailPath /),
      ]);
      expect(
        messagesFor(IntracityAddOrderDto, cargoWith({ itemList: [] })),
      ).toEqual(['cargo.itemList must have at least 1 item (got 0)']);
      expect(
        messagesFor(IntracityAddOrderDto, {
          ...validOrder(),
          callbackUrl: 'ftp://x.example/cb',
        }),
      ).toEqual(['callbackUrl must be an absolute http(s) URL']);
    });

    it('take useSandbox as a boolean', () => {
      expect(
        messagesFor(IntracityAddOrderDto, { ...validOrder(), useSandbox: 1 }),
      ).toEqual(['useSandbox must be true or false']);
    });

    it('name an order by wxOrderId alone or wxStoreId + storeOrderId', () => {
      expect(
        messagesFor(IntracityQueryOrderDto, { wxOrderId: '4018' }),
      ).toEqual([]);
      expect(
        messagesFor(IntracityQueryOrderDto, {
          wxStoreId: '4000',
          storeOrderId: 'o',
        }),
      ).toEqual([]);
      expect(
        messagesFor(IntracityQueryOrderDto, { wxStoreId: '4000' }),
      ).toEqual(['storeOrderId is required with wxStoreId']);
      expect(messagesFor(IntracityQueryOrderDto, {})).toEqual([
        'wxOrderId is required unless wxStoreId and storeOrderId are given',
      ]);
      expect(
        messagesFor(IntracityCancelOrderDto, {
          wxOrderId: '4018',
          wxStoreId: '4000',
          storeOrderId: 'o',
          cancelReasonId: 1,
        }),
      ).toEqual([
        'wxOrderId must be given alone, or wxStoreId + storeOrderId instead',
      ]);
    });
  });

  it('refuse a flow period that ends before it begins, and milliseconds', () => {
    const flow = { wxStoreId: '4000', flowType: 1 };
    expect(
      messagesFor(IntracityQueryFlowDto, {
        ...flow,
        beginTime: 1700000100,
        endTime: 1700000000,
      }),
    ).toEqual(['endTime must not be before beginTime']);
    expect(
      messagesFor(IntracityQueryFlowDto, { ...flow, beginTime: Date.now() }),
    ).toEqual([expect.stringMatching(/^beginTime must be Unix seconds/)]);
  });
});
