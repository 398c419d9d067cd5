import {
  type ClassConstructor,
  Transform,
  Type,
  plainToInstance,
} from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
  validateSync,
} from 'class-validator';
import fc from 'fast-check';
import {
  AddOrderDto,
  BatchGetOrderDto,
  BatchGetOrderItemDto,
  BindAccountDto,
  CancelOrderDto,
  CargoDetailDto,
  GetOrderDto,
  GetPathDto,
  GetQuotaDto,
  InsuredDto,
  PersonDto,
  ShopDetailDto,
  TestUpdateOrderDto,
  UpdatePrinterDto,
} from '../../logistics/dto';
import { validPerson } from '../../logistics/dto/support.spec-helper';
import { quickValidator } from './quick-validator';
import { VALIDATOR_OPTIONS } from './validate-input';

/** What validateInput's full path accepts: plainToInstance + validateSync with its options. */
function fullPathAccepts(type: ClassConstructor<object>, input: object) {
  const instance = plainToInstance(type, input);
  const errors = validateSync(instance, VALIDATOR_OPTIONS);
  return { valid: errors.length === 0, instance };
}

/** A valid input per flat DTO; the property test mutates them field by field. */
const VALID: readonly [ClassConstructor<object>, Record<string, unknown>][] = [
  [
    CancelOrderDto,
    { orderId: 'O-1', deliveryId: 'TEST', waybillId: 'W-1', openid: 'oU' },
  ],
  [GetPathDto, { orderId: 'O-1', deliveryId: 'TEST', waybillId: 'W-1' }],
  [GetOrderDto, { orderId: 'O-1', deliveryId: 'TEST', printType: 1 }],
  [GetQuotaDto, { deliveryId: 'YTO', bizId: 'BIZ' }],
  [
    BindAccountDto,
    { type: 'bind', bizId: 'BIZ', deliveryId: 'YTO', password: 'pw' },
  ],
  [UpdatePrinterDto, { openid: 'oU', updateType: 'bind', tagidList: '1,2' }],
  [
    TestUpdateOrderDto,
    {
      bizId: 'test_biz_id',
      orderId: 'O-1',
      deliveryId: 'TEST',
      waybillId: 'W-1',
      actionTime: 1764140400,
      actionType: 100001,
      actionMsg: '揽件成功',
    },
  ],
  [BatchGetOrderItemDto, { orderId: 'O-1', deliveryId: 'TEST' }],
  [CargoDetailDto, { name: '书', count: 1 }],
  [InsuredDto, { useInsured: 1, insuredValue: 10000 }],
  [PersonDto, validPerson()],
  [
    ShopDetailDto,
    { goodsName: '书', goodsImgUrl: 'https://x/y.png', goodsDesc: '书' },
  ],
];

/** Values that trip one rule or another: empty, too long, milliseconds, wrong types, enum edges. */
const replacement = fc.oneof(
  fc.constantFrom<unknown>(
    '',
    ' ',
    'TEST',
    'test_biz_id',
    'bind',
    'unbind',
    'x'.repeat(600),
    '中'.repeat(200),
    '1,2,3',
    0,
    1,
    -1,
    1.5,
    100001,
    1764140400,
    1764140400000,
    Number.NaN,
    true,
    false,
    null,
    undefined,
    {},
    [],
    ['a'],
    { nested: 'x' },
  ),
  fc.string(),
  fc.integer(),
);

const mutatedInput = (base: Record<string, unknown>) =>
  fc
    .record({
      changes: fc.array(
        fc.tuple(
          fc.constantFrom(...Object.keys(base), 'extra', 'bizId'),
          fc.option(replacement),
        ),
        { maxLength: 3 },
      ),
    })
    .map(({ changes }) => {
      const input: Record<string, unknown> = { ...base };
      for (const [key, value] of changes) {
        if (value === null) delete input[key];
        else input[key] = value;
      }
      return input;
    });

describe('quickValidator', () => {
  it('is built for flat DTOs and not for those with nested classes', () => {
    for (const [type] of VALID) expect(quickValidator(type)).toBeDefined();
    expect(quickValidator(AddOrderDto)).toBeUndefined();
    expect(quickValidator(BatchGetOrderDto)).toBeUndefined();
  });

  it.each(VALID.map(([type, input]) => [type.name, type, input] as const))(
    '%s: accepts exactly what the full validation accepts, and returns the same instance',
    (_name, type, base) => {
      const quick = quickValidator(type)!;
      let acceptedQuickly = 0;
      fc.assert(
        fc.property(mutatedInput(base), (input) => {
          const full = fullPathAccepts(type, input);
          const result = quick(input);
          const flat = Object.values(input).every(
            (value) => value === null || typeof value !== 'object',
          );
          // Never more permissive; and never less, for flat values: otherwise the fast path is rarely taken.
          expect(result !== undefined).toBe(full.valid && flat);
          if (result !== undefined) {
            acceptedQuickly += 1;
            expect(result).toBeInstanceOf(type);
            expect({ ...result }).toEqual({ ...full.instance });
          }
        }),
        { seed: 20261127, numRuns: 300 },
      );
      expect(acceptedQuickly).toBeGreaterThan(10);
    },
  );

  it('returns a copy holding the values it checked, not the caller object', () => {
    const input = { orderId: 'O-1', deliveryId: 'TEST', waybillId: 'W-1' };
    const dto = quickValidator(CancelOrderDto)!(input)!;
    input.orderId = '';
    expect(dto.orderId).toBe('O-1');
  });

  it('reads each value once, so a getter cannot pass one value and send another', () => {
    let reads = 0;
    const input = {
      deliveryId: 'TEST',
      waybillId: 'W-1',
      get orderId() {
        reads += 1;
        return reads === 1 ? 'O-1' : '';
      },
    };
    const dto = quickValidator(CancelOrderDto)!(input)!;
    expect(dto.orderId).toBe('O-1');
    expect(reads).toBe(1);
  });

  it('validates what class-transformer makes of the input, for a class not declared @PlainDto', () => {
    class Transformed {
      @Transform(({ value }: { value: unknown }) =>
        typeof value === 'string' ? value.trim() : value,
      )
      @IsNotEmpty()
      name!: string;

      @Type(() => Number)
      @IsInt()
      count!: number;
    }
    const quick = quickValidator(Transformed)!;
    expect(quick({ name: ' x ', count: '2' })).toEqual(
      fullPathAccepts(Transformed, { name: ' x ', count: '2' }).instance,
    );
    expect(quick({ name: ' x ', count: '2' })).toMatchObject({
      name: 'x',
      count: 2,
    });
    // Blank once trimmed: the full path words the error.
    expect(quick({ name: '   ', count: 1 })).toBeUndefined();
    expect(fullPathAccepts(Transformed, { name: '   ', count: 1 }).valid).toBe(
      false,
    );
  });

  describe('leaves to the full validation', () => {
    class Child {
      @IsString()
      name!: string;
    }
    class Parent {
      @ValidateNested()
      @Type(() => Child)
      child!: Child;
    }

    @ValidatorConstraint({ async: true })
    class Remote implements ValidatorConstraintInterface {
      validate(): Promise<boolean> {
        return Promise.resolve(true);
      }
    }
    class Checked {
      @Validate(Remote)
      name!: string;
    }

    class Each {
      @IsString({ each: true })
      names!: string[];
    }

    class Unvalidated {
      @IsNotEmpty()
      name!: string;

      label?: string = 'default';
    }

    it.each([
      ['a nested class', Parent],
      ['an async rule', Checked],
      ['an `each` rule', Each],
      [
        'a field with a default but no rule (refused by the whitelist)',
        Unvalidated,
      ],
    ])('a class with %s', (_what, type: ClassConstructor<object>) => {
      expect(quickValidator(type)).toBeUndefined();
    });

    it('unknown keys, objects and failing rules (so the messages stay class-validator’s)', () => {
      const quick = quickValidator(CancelOrderDto)!;
      const base = { orderId: 'O-1', deliveryId: 'TEST', waybillId: 'W-1' };
      expect(quick({ ...base, extra: 1 })).toBeUndefined();
      expect(quick({ ...base, orderId: {} })).toBeUndefined();
      expect(quick({ ...base, orderId: '' })).toBeUndefined();
      expect(quick({ ...base, orderId: 'x'.repeat(513) })).toBeUndefined();
      expect(
        quick(JSON.parse('{"__proto__":{"a":1},"orderId":"O"}')),
      ).toBeUndefined();
    });

    it('anything but a plain object or an instance of the class, even with no key to fail on', () => {
      class AllOptional {
        @IsOptional()
        @IsString()
        note?: string;
      }
      const quick = quickValidator(AllOptional)!;
      expect(quick({})).toBeInstanceOf(AllOptional);
      expect(quick(Object.create(null) as object)).toBeInstanceOf(AllOptional);
      expect(quick(new AllOptional())).toBeInstanceOf(AllOptional);
      for (const value of [[], new Map(), Buffer.alloc(0), new Date(0)])
        expect(quick(value)).toBeUndefined();
    });
  });
});
