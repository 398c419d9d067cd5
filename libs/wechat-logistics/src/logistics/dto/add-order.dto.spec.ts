import { AddOrderDto } from './add-order.dto';
import { chinese, messagesFor, validAddOrder } from './support.spec-helper';

const withChanges = (changes: Record<string, unknown>) => ({
  ...validAddOrder(),
  ...changes,
});

describe('AddOrderDto', () => {
  it('accepts a complete mini program order', () => {
    expect(messagesFor(AddOrderDto, validAddOrder())).toEqual([]);
  });

  describe('addSource', () => {
    it('requires openid for a mini program order', () => {
      expect(
        messagesFor(AddOrderDto, withChanges({ openid: undefined })),
      ).toEqual(['openid is required unless addSource is 2 (App/H5 order)']);
    });

    it('waives openid and shop for an App/H5 order, but requires wxAppid', () => {
      const order = withChanges({
        addSource: 2,
        openid: undefined,
        shop: undefined,
      });
      expect(messagesFor(AddOrderDto, order)).toEqual([
        'wxAppid is required when addSource is 2 (App/H5 order)',
      ]);
      expect(
        messagesFor(AddOrderDto, { ...order, wxAppid: 'wx0123456789abcdef' }),
      ).toEqual([]);
    });

    it('requires shop for a mini program order', () => {
      expect(
        messagesFor(AddOrderDto, withChanges({ shop: undefined })),
      ).toEqual(['shop is required unless addSource is 2 (App/H5 order)']);
    });

    it.each([1, 3, '0', 'MiniProgram'])('refuses addSource %p', (addSource) => {
      expect(messagesFor(AddOrderDto, withChanges({ addSource }))).toContain(
        'addSource must be one of 0 (MiniProgram), 2 (AppOrH5)',
      );
    });
  });

  describe('expectTime', () => {
    it('accepts Unix seconds and 0 ("agreed in advance")', () => {
      expect(
        messagesFor(AddOrderDto, withChanges({ expectTime: 1764140400 })),
      ).toEqual([]);
      expect(messagesFor(AddOrderDto, withChanges({ expectTime: 0 }))).toEqual(
        [],
      );
    });

    it('refuses milliseconds, saying they look like milliseconds', () => {
      expect(
        messagesFor(AddOrderDto, withChanges({ expectTime: 1764140400000 })),
      ).toEqual([
        'expectTime must be Unix seconds, but 1764140400000 looks like milliseconds (divide it by 1000)',
      ]);
    });

    it('is required for SF, whose couriers do not come without it', () => {
      expect(
        messagesFor(AddOrderDto, withChanges({ deliveryId: 'SF' })),
      ).toEqual(['expectTime is required for SF (顺丰)']);
    });

    it.each([1.5, -1, '1764140400'])('refuses %p', (expectTime) => {
      expect(messagesFor(AddOrderDto, withChanges({ expectTime }))).not.toEqual(
        [],
      );
    });
  });

  it.each([0, 1])('accepts takeMode %p and refuses others', (takeMode) => {
    expect(messagesFor(AddOrderDto, withChanges({ takeMode }))).toEqual([]);
    expect(messagesFor(AddOrderDto, withChanges({ takeMode: 2 }))).toEqual([
      'takeMode must be one of 0 (BranchContract), 1 (HeadquartersSettlement)',
    ]);
  });

  it('limits orderId to 512 and customRemark to 1024 UTF-8 bytes', () => {
    expect(
      messagesFor(
        AddOrderDto,
        withChanges({ orderId: chinese(171), customRemark: chinese(342) }),
      ),
    ).toEqual([
      'orderId must be at most 512 bytes in UTF-8 (a Chinese character is 3 bytes)',
      'customRemark must be at most 1024 bytes in UTF-8 (a Chinese character is 3 bytes)',
    ]);
  });

  it('names nested fields by their path', () => {
    const order = validAddOrder();
    const cargo = order.cargo as Record<string, unknown>;
    expect(
      messagesFor(AddOrderDto, {
        ...order,
        sender: { ...(order.sender as object), name: chinese(22) },
        cargo: { ...cargo, detailList: [{ name: chinese(43), count: 1 }] },
      }),
    ).toEqual([
      'sender.name must be at most 64 bytes in UTF-8 (a Chinese character is 3 bytes)',
      'cargo.detailList.0.name must be at most 128 bytes in UTF-8 (a Chinese character is 3 bytes)',
    ]);
  });

  it.each(['sender', 'receiver', 'cargo', 'insured', 'service'])(
    'requires %s',
    (field) => {
      expect(
        messagesFor(AddOrderDto, withChanges({ [field]: undefined })),
      ).toEqual([`${field} is required`]);
    },
  );

  it('refuses unknown fields, nested ones too', () => {
    const order = validAddOrder();
    expect(
      messagesFor(AddOrderDto, {
        ...order,
        sender: { ...(order.sender as object), phone: '1' },
      }),
    ).toEqual(['sender.phone is not a known field; sender accepts name, tel, mobile, company, postCode, country, province, city, area, address']);
  });

  describe('numbers', () => {
    const cargoWith = (changes: Record<string, unknown>) =>
      withChanges({
        cargo: { ...(validAddOrder().cargo as object), ...changes },
      });

    it('allows fractions for weight and size', () => {
      expect(
        messagesFor(AddOrderDto, cargoWith({ weight: 5.5, spaceX: 0.5 })),
      ).toEqual([]);
    });

    it('requires whole counts of at least 1', () => {
      expect(messagesFor(AddOrderDto, cargoWith({ count: 1.5 }))).toEqual([
        'cargo.count must be an integer ≥ 1',
      ]);
      expect(messagesFor(AddOrderDto, cargoWith({ count: 0 }))).toEqual([
        'cargo.count must be an integer ≥ 1',
      ]);
      // What a form or a query string sends: said in the message, not guessed at.
      expect(messagesFor(AddOrderDto, cargoWith({ count: '1' }))).toEqual([
        'cargo.count must be an integer ≥ 1 (got the string "1")',
      ]);
      expect(
        messagesFor(
          AddOrderDto,
          cargoWith({ detailList: [{ name: 'x', count: 0 }] }),
        ),
      ).toEqual(['cargo.detailList.0.count must be an integer ≥ 1']);
    });

    it('refuses negative weights, sizes and insured values', () => {
      expect(
        messagesFor(AddOrderDto, {
          ...cargoWith({ weight: -1 }),
          insured: { useInsured: 1, insuredValue: -100 },
        }),
      ).toEqual([
        'cargo.weight must be a number ≥ 0',
        'insured.insuredValue must be an integer ≥ 0',
      ]);
    });

    it('requires at least one cargo detail', () => {
      expect(messagesFor(AddOrderDto, cargoWith({ detailList: [] }))).toEqual([
        'cargo.detailList must have at least 1 item (got 0)',
      ]);
    });

    it('refuses a useInsured other than 0 or 1', () => {
      expect(
        messagesFor(
          AddOrderDto,
          withChanges({ insured: { useInsured: 2, insuredValue: 0 } }),
        ),
      ).toEqual(['insured.useInsured must be one of 0 (No), 1 (Yes)']);
    });
  });
});
