import { messagesFor } from '../../core/validation/messages-for.spec-helper';
import { AddReturnIdDto } from './add-return-id.dto';
import { LegacyAddReturnIdDto } from './legacy-add-return-id.dto';
import { ReturnIdDto } from './return-id.dto';

function validAdd(): Record<string, unknown> {
  return {
    shopOrderId: 'RET-1',
    bizAddr: {
      name: '张三',
      mobile: '13800138000',
      country: '中国',
      province: '广东省',
      city: '广州市',
      area: '海珠区',
      address: 'TIT创意园1栋',
    },
    openid: 'oUser1',
    orderPath: 'pages/return/detail?id=RET-1',
    goodsList: [{ name: '咖啡豆', url: 'https://example.com/a.png' }],
    orderPrice: 1990,
    wxPayId: '4200000000202311150000000001',
  };
}

const legacy = (): Record<string, unknown> => {
  const rest = validAdd();
  delete rest.wxPayId;
  return rest;
};

describe('AddReturnIdDto', () => {
  it('accepts the reference example shape (one contact method, no user address)', () => {
    expect(messagesFor(AddReturnIdDto, validAdd())).toEqual([]);
  });

  it('requires the insured wxPayId, in the WeChat Pay transaction id form', () => {
    expect(
      messagesFor(AddReturnIdDto, { ...validAdd(), wxPayId: undefined }),
    ).toContain('wxPayId should not be empty');
    expect(
      messagesFor(AddReturnIdDto, { ...validAdd(), wxPayId: 'PAY-1' }),
    ).toEqual([
      'wxPayId must be a WeChat Pay transaction id: 1 to 32 digits, such as 4200000000202311150000000001',
    ]);
  });

  it('requires tel or mobile in bizAddr, naming both', () => {
    const bizAddr = { ...(validAdd().bizAddr as object), mobile: undefined };
    expect(messagesFor(AddReturnIdDto, { ...validAdd(), bizAddr })).toEqual([
      'bizAddr.mobile is required unless tel is given',
    ]);
    expect(
      messagesFor(AddReturnIdDto, {
        ...validAdd(),
        bizAddr: { ...bizAddr, tel: '020-88888888' },
      }),
    ).toEqual([]);
  });

  it.each(['name', 'province', 'city', 'area', 'address'])(
    'requires bizAddr.%s',
    (field) => {
      const bizAddr = { ...(validAdd().bizAddr as object), [field]: undefined };
      expect(messagesFor(AddReturnIdDto, { ...validAdd(), bizAddr })).toContain(
        `bizAddr.${field} should not be empty`,
      );
    },
  );

  it('keeps §3.6 byte limits on bizAddr and userAddr (address 512, post code 10)', () => {
    const bizAddr = {
      ...(validAdd().bizAddr as object),
      address: '中'.repeat(171),
    };
    expect(messagesFor(AddReturnIdDto, { ...validAdd(), bizAddr })).toEqual([
      'bizAddr.address must be at most 512 bytes in UTF-8 (a Chinese character is 3 bytes)',
    ]);
    expect(
      messagesFor(AddReturnIdDto, {
        ...validAdd(),
        userAddr: { postCode: '12345678901' },
      }),
    ).toEqual([
      'userAddr.postCode must be at most 10 bytes in UTF-8 (a Chinese character is 3 bytes)',
    ]);
  });

  it('takes a user address with any subset of its fields', () => {
    expect(
      messagesFor(AddReturnIdDto, {
        ...validAdd(),
        userAddr: { city: '深圳市' },
      }),
    ).toEqual([]);
  });

  it('bounds the goods list to 1..10 items with name and url', () => {
    const item = { name: 'x', url: 'https://example.com/x.png' };
    expect(
      messagesFor(AddReturnIdDto, { ...validAdd(), goodsList: [] }),
    ).toEqual(['goodsList must have 1 to 10 items (got 0)']);
    expect(
      messagesFor(AddReturnIdDto, {
        ...validAdd(),
        goodsList: Array.from({ length: 11 }, () => item),
      }),
    ).toEqual(['goodsList must have 1 to 10 items (got 11)']);
    expect(
      messagesFor(AddReturnIdDto, {
        ...validAdd(),
        goodsList: [{ goodsName: 'x', goodsImgUrl: 'y' }],
      }),
    ).toEqual(
      expect.arrayContaining([
        'goodsList.0.name should not be empty',
        'goodsList.0.url should not be empty',
      ]),
    );
  });

  it('takes orderPrice in whole fen, 0 allowed', () => {
    expect(
      messagesFor(AddReturnIdDto, { ...validAdd(), orderPrice: 0 }),
    ).toEqual([]);
    expect(
      messagesFor(AddReturnIdDto, { ...validAdd(), orderPrice: 19.9 }),
    ).toEqual([expect.stringMatching(/^orderPrice must be an integer/)]);
  });

  it('takes a mini-program page path, not a URL', () => {
    expect(
      messagesFor(AddReturnIdDto, { ...validAdd(), orderPath: '/pages/a/b' }),
    ).toEqual([]);
    expect(
      messagesFor(AddReturnIdDto, {
        ...validAdd(),
        orderPath: 'https://shop.example.com/return',
      }),
    ).toEqual([
      'orderPath must be a mini-program page path such as pages/order/detail?id=1 (no scheme, host or spaces)',
    ]);
  });

  it('refuses notifyCode, which only one SDK sends', () => {
    expect(
      messagesFor(AddReturnIdDto, { ...validAdd(), notifyCode: 'x' }),
    ).toEqual([expect.stringMatching(/^notifyCode is not a known field/)]);
  });
});

describe('LegacyAddReturnIdDto', () => {
  it('needs no wxPayId and refuses one', () => {
    expect(messagesFor(LegacyAddReturnIdDto, legacy())).toEqual([]);
    expect(messagesFor(LegacyAddReturnIdDto, validAdd())).toEqual([
      expect.stringMatching(/^wxPayId is not a known field/),
    ]);
  });
});

describe('ReturnIdDto', () => {
  it('takes the return id as a string of digits', () => {
    expect(
      messagesFor(ReturnIdDto, { returnId: '1935761508265738242' }),
    ).toEqual([]);
  });

  it('refuses a number, saying a JavaScript number cannot hold 19 digits', () => {
    expect(messagesFor(ReturnIdDto, { returnId: 1935761508265738 })).toEqual([
      'returnId must be a string of digits, not a number: a JavaScript number cannot hold a 19-digit return id exactly',
    ]);
  });

  it('refuses a missing id and one with other characters', () => {
    expect(messagesFor(ReturnIdDto, {})).toEqual(['returnId is required']);
    expect(messagesFor(ReturnIdDto, { returnId: 'R-1' })).toEqual([
      'returnId must be a string of 1 to 32 digits',
    ]);
  });
});
