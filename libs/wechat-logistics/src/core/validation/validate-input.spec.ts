import { IsString } from 'class-validator';
import { CancelOrderDto } from '../../logistics/dto';
import { WechatValidationError } from '../errors';
import { MaxBytes } from './max-bytes.decorator';
import { nestedDeeperThan, validateInput } from './validate-input';

class Named {
  @IsString()
  @MaxBytes(6)
  name!: string;
}

function messagesOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(WechatValidationError);
    return (error as WechatValidationError).messages;
  }
  throw new Error('expected a validation error');
}

describe('validateInput', () => {
  afterEach(() => jest.restoreAllMocks());

  it("returns a DTO instance for valid input, and words invalid input in class-validator's terms", () => {
    const valid = { orderId: 'o', deliveryId: 'd', waybillId: 'w' };
    expect(validateInput('t', CancelOrderDto, valid)).toBeInstanceOf(
      CancelOrderDto,
    );
    expect(
      messagesOf(() =>
        validateInput('t', CancelOrderDto, { ...valid, orderId: '' }),
      ),
    ).toEqual(['orderId should not be empty']);
  });

  it('counts UTF-8 bytes, not characters: two Chinese characters fit in 6 bytes, three do not', () => {
    expect(validateInput('t', Named, { name: '广州' }).name).toBe('广州');
    expect(
      messagesOf(() => validateInput('t', Named, { name: '广州市' })),
    ).toEqual([
      'name must be at most 6 bytes in UTF-8 (a Chinese character is 3 bytes)',
    ]);
  });

  it('returns a DTO instance for a plain object', () => {
    const dto = validateInput('t', CancelOrderDto, {
      orderId: 'o',
      deliveryId: 'd',
      waybillId: 'w',
    });
    expect(dto).toBeInstanceOf(CancelOrderDto);
  });

  it.each([
    [
      'a missing field',
      { deliveryId: 'd', waybillId: 'w' },
      'orderId should not be empty',
    ],
    [
      'an empty field',
      { orderId: '', deliveryId: 'd', waybillId: 'w' },
      'orderId should not be empty',
    ],
    [
      'a wrong type',
      { orderId: 42, deliveryId: 'd', waybillId: 'w' },
      'orderId must be a string',
    ],
    [
      'an extra field',
      { orderId: 'o', deliveryId: 'd', waybillId: 'w', hack: 1 },
      'hack is not a known field; accepted fields: orderId, deliveryId, waybillId, openid',
    ],
    [
      'an empty openid',
      { orderId: 'o', deliveryId: 'd', waybillId: 'w', openid: '' },
      'openid should not be empty',
    ],
  ])('names the field for %s', (_case, input, message) => {
    expect(
      messagesOf(() =>
        validateInput('logistics.cancelOrder', CancelOrderDto, input),
      ),
    ).toContain(message);
  });

  it('never quotes back an unknown key that is no field name, as WechatValidationPipe does not', () => {
    const messages = messagesOf(() =>
      validateInput('t', CancelOrderDto, {
        orderId: 'o',
        deliveryId: 'd',
        waybillId: 'w',
        '{"password":"hunter2"}': '',
      }),
    );
    expect(messages).toEqual([
      'a field that is not known (its name is not quoted back); accepted fields: orderId, deliveryId, waybillId, openid',
    ]);
  });

  it.each([null, undefined, 'text', 5, []])('refuses %p as input', (input) => {
    expect(messagesOf(() => validateInput('t', CancelOrderDto, input))).toEqual(
      ['input must be an object'],
    );
  });
});

describe('validateInput on hostile nesting', () => {
  const nested = (depth: number, leaf: unknown = 'x'): unknown => {
    let value = leaf;
    for (let i = 0; i < depth; i += 1)
      value = i % 2 === 0 ? { a: value } : [value];
    return value;
  };

  it('refuses input nested 10 000 levels deep with a WechatValidationError, not a stack overflow', () => {
    expect(
      messagesOf(() =>
        validateInput('t', CancelOrderDto, {
          orderId: 'o',
          deliveryId: 'd',
          waybillId: 'w',
          openid: nested(10_000),
        }),
      ),
    ).toEqual(['input must not be nested more than 32 levels deep']);
  });

  it('measures depth without recursion', () => {
    expect(nestedDeeperThan(nested(100_000), 32)).toBe(true);
    expect(nestedDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(nestedDeeperThan({ a: [{ b: {} }] }, 3)).toBe(true);
    expect(nestedDeeperThan('text', 0)).toBe(false);
  });
});
