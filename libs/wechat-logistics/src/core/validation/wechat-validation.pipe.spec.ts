import {
  type ArgumentMetadata,
  BadRequestException,
  UnsupportedMediaTypeException,
  ValidationPipe,
  type ValidationPipeOptions,
} from '@nestjs/common';
import { OmitType } from '@nestjs/swagger';
import fc from 'fast-check';
import { AddOrderDto, CancelOrderDto } from '../../logistics/dto';
import { validAddOrder } from '../../logistics/dto/support.spec-helper';
import { WechatValidationPipe } from './wechat-validation.pipe';

const OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
};

const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({
  type: 'body',
  metatype,
});

/** What a pipe does with `value`: the value it passes on, or the 400 body it throws. */
async function outcome(
  pipe: ValidationPipe,
  value: unknown,
  metadata: ArgumentMetadata,
) {
  try {
    const result = (await pipe.transform(value, metadata)) as unknown;
    return {
      passed: result,
      type: (result as object | null)?.constructor,
    };
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return { rejected: (error as BadRequestException).getResponse() };
  }
}

/**
 * ValidationPipe's outcome as WechatValidationPipe words it: the same, but an
 * unknown field names what the DTO accepts instead of "should not exist".
 */
function inOurWords(
  result: Awaited<ReturnType<typeof outcome>>,
  accepted: string,
) {
  if (!('rejected' in result)) return result;
  const response = result.rejected as { message: string[] };
  return {
    rejected: {
      ...response,
      message: response.message.map((message) =>
        message.replace(
          /^property (\w+) should not exist$/,
          `$1 is not a known field; accepted fields: ${accepted}`,
        ),
      ),
    },
  };
}
/** Mostly valid values, so that both outcomes are common. */
const field = fc.oneof(
  { arbitrary: fc.string({ minLength: 1, maxLength: 8 }), weight: 8 },
  {
    arbitrary: fc.constantFrom<unknown>(
      '',
      'x'.repeat(600),
      42,
      null,
      undefined,
      {},
      [],
      true,
    ),
    weight: 2,
  },
);

const cancelBody = fc.record(
  {
    orderId: field,
    deliveryId: field,
    waybillId: field,
    openid: field,
    extra: field,
  },
  { requiredKeys: ['orderId', 'deliveryId', 'waybillId'] },
);

describe('WechatValidationPipe', () => {
  afterEach(() => jest.restoreAllMocks());

  it('passes on and rejects exactly what ValidationPipe does, with the same 400 bodies (unknown fields worded as what to send)', async () => {
    const ours = new WechatValidationPipe(OPTIONS);
    const nest = new ValidationPipe(OPTIONS);
    let passed = 0;
    await fc.assert(
      fc.asyncProperty(cancelBody, async (value) => {
        const expected = inOurWords(
          await outcome(nest, structuredClone(value), body(CancelOrderDto)),
          'orderId, deliveryId, waybillId, openid',
        );
        const actual = await outcome(
          ours,
          structuredClone(value),
          body(CancelOrderDto),
        );
        expect(actual).toEqual(expected);
        if ('passed' in actual) passed += 1;
      }),
      { seed: 20261127, numRuns: 400 },
    );
    expect(passed).toBeGreaterThan(10);
  });

  it.each([
    [
      'transform: false (ValidationPipe returns the value itself)',
      { whitelist: true },
    ],
    [
      'custom transformOptions',
      { ...OPTIONS, transformOptions: { enableImplicitConversion: true } },
    ],
  ])(
    'leaves %s to ValidationPipe',
    async (_what, options: ValidationPipeOptions) => {
      const pipe = new WechatValidationPipe(options);
      const superTransform = jest.spyOn(ValidationPipe.prototype, 'transform');
      const value = { orderId: 'O', deliveryId: 'TEST', waybillId: 'W' };
      const result = await pipe.transform(value, body(CancelOrderDto));
      expect(superTransform).toHaveBeenCalledTimes(1);
      expect(result).toEqual(
        await new ValidationPipe(options).transform(
          value,
          body(CancelOrderDto),
        ),
      );
    },
  );

  it.each([
    ['objects', (inner: string) => `{"child":${inner}}`],
    ['arrays', (inner: string) => `[${inner}]`],
  ])(
    'refuses a body of %s nested 5000 levels deep with a 400 before ValidationPipe, whose class-transformer would overflow',
    async (_kind, wrap) => {
      let text = '{}';
      for (let i = 0; i < 5000; i += 1) text = wrap(text);
      const superTransform = jest.spyOn(ValidationPipe.prototype, 'transform');
      const rejected = await outcome(
        new WechatValidationPipe(OPTIONS),
        JSON.parse(text),
        body(AddOrderDto),
      );
      expect(rejected).toEqual({
        rejected: {
          statusCode: 400,
          message: ['body must not be nested more than 32 levels deep'],
          error: 'Bad Request',
        },
      });
      expect(superTransform).not.toHaveBeenCalled();
    },
  );

  it('refuses deep input through the exceptionFactory it was given', async () => {
    const pipe = new WechatValidationPipe({
      ...OPTIONS,
      exceptionFactory: (errors) =>
        new BadRequestException({ custom: errors.map((e) => e.property) }),
    });
    let text = '{}';
    for (let i = 0; i < 40; i += 1) text = `{"a":${text}}`;
    await expect(
      pipe.transform(JSON.parse(text), body(CancelOrderDto)),
    ).rejects.toMatchObject({ response: { custom: ['body'] } });
  });

  // Changed by issue 19: ValidationPipe validates an array as the DTO, so [1,2] got "0 is not a known field".
  it.each<[string, unknown]>([
    ['null', null],
    ['an empty array', []],
    ['[1,2]', [1, 2]],
    ['a string', 'O1'],
    ['a number', 5],
    ['a Buffer (a raw parser read it)', Buffer.from('{}')],
  ])(
    'refuses %s as a body with a 400 saying what shape to send, before ValidationPipe',
    async (_what, value) => {
      const superTransform = jest.spyOn(ValidationPipe.prototype, 'transform');
      expect(
        await outcome(
          new WechatValidationPipe(OPTIONS),
          value,
          body(CancelOrderDto),
        ),
      ).toEqual({
        rejected: {
          statusCode: 400,
          message: [
            'body must be a JSON object with the fields of CancelOrderDto: orderId, deliveryId, waybillId, openid',
          ],
          error: 'Bad Request',
        },
      });
      expect(superTransform).not.toHaveBeenCalled();
    },
  );

  it('refuses a non-object body through the exceptionFactory it was given', async () => {
    const pipe = new WechatValidationPipe({
      ...OPTIONS,
      exceptionFactory: (errors) =>
        new BadRequestException({ custom: errors.map((e) => e.property) }),
    });
    await expect(
      pipe.transform([1, 2], body(CancelOrderDto)),
    ).rejects.toMatchObject({ response: { custom: ['body'] } });
  });

  it('leaves an absent body to ValidationPipe, which names each required field', async () => {
    const ours = await outcome(
      new WechatValidationPipe(OPTIONS),
      undefined,
      body(CancelOrderDto),
    );
    expect(ours).toEqual(
      await outcome(
        new ValidationPipe(OPTIONS),
        undefined,
        body(CancelOrderDto),
      ),
    );
    expect(JSON.stringify(ours)).toContain('orderId should not be empty');
  });

  it.each<[string, object]>([
    [
      'whole (one key, no value)',
      { '{"orderId":"O1","deliveryId":"TEST","password":"hunter2"}': '' },
    ],
    [
      'cut at an = or & inside a value',
      { '{"orderId":"O1","password":"hunt': '', 'er2"}': '' },
    ],
    ['an array', { '[{"orderId":"O1","password":"hunter2"}]': '' }],
  ])(
    'answers a JSON body a form parser took apart (%s) with the 415 its missing Content-Type deserves, quoting nothing of it',
    async (_how, parsed) => {
      const refusal = await new WechatValidationPipe(OPTIONS)
        .transform(parsed, body(CancelOrderDto))
        .catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(UnsupportedMediaTypeException);
      expect((refusal as UnsupportedMediaTypeException).getResponse()).toEqual({
        statusCode: 415,
        message:
          'Content-Type "application/x-www-form-urlencoded" is not accepted: send the body as JSON with "Content-Type: application/json"',
        error: 'Unsupported Media Type',
      });
    },
  );

  it('never quotes back an unknown key that is no field name (it may be data: a password), and still names a plausible one', async () => {
    const valid = { orderId: 'O', deliveryId: 'TEST', waybillId: 'W' };
    const pipe = new WechatValidationPipe(OPTIONS);
    const strange = await outcome(
      pipe,
      { ...valid, 'password=hunter2 ': 'x' },
      body(CancelOrderDto),
    );
    expect(strange).toEqual({
      rejected: {
        statusCode: 400,
        message: [
          'a field that is not known (its name is not quoted back); accepted fields: orderId, deliveryId, waybillId, openid',
        ],
        error: 'Bad Request',
      },
    });
    expect(
      await outcome(pipe, { ...valid, orderID: 'x' }, body(CancelOrderDto)),
    ).toMatchObject({
      rejected: {
        message: [
          'orderID is not a known field; accepted fields: orderId, deliveryId, waybillId, openid',
        ],
      },
    });
  });

  it('answers a nested unknown key the same way: named when plausible, never quoted otherwise', async () => {
    const order = validAddOrder() as unknown as {
      sender: Record<string, unknown>;
    };
    order.sender['nickname'] = 'x';
    order.sender['{"secret":"hunter2"}'] = 'x';
    const result = await outcome(
      new WechatValidationPipe(OPTIONS),
      order,
      body(AddOrderDto),
    );
    const accepts =
      'sender accepts name, tel, mobile, company, postCode, country, province, city, area, address';
    expect(result).toMatchObject({
      rejected: {
        message: [
          `sender.nickname is not a known field; ${accepts}`,
          `sender has a field that is not known (its name is not quoted back); ${accepts}`,
        ],
      },
    });
  });
});

describe('WechatValidationPipe on a class derived from a library DTO', () => {
  // Like the demo's bodies (OmitType of a library DTO).
  class CancelBody extends OmitType(CancelOrderDto, [] as const) {}

  it('answers like ValidationPipe, also for hostile bodies that class-transformer cannot take', async () => {
    const hostile = [
      { orderId: 'O', deliveryId: 'TEST', waybillId: 'W' },
      JSON.parse(
        '{"orderId":"O","deliveryId":{"constructor":{"prototype":{"x":1}}},"waybillId":"W"}',
      ) as object,
      JSON.parse(
        '{"orderId":"O","deliveryId":"TEST","waybillId":"W","constructor":{"x":1}}',
      ) as object,
      JSON.parse(
        '{"orderId":"O","deliveryId":"TEST","waybillId":"W","__proto__":{"x":1}}',
      ) as object,
    ];
    for (const value of hostile) {
      const ours = await outcome(
        new WechatValidationPipe(OPTIONS),
        structuredClone(value),
        body(CancelBody),
      );
      const nests = await outcome(
        new ValidationPipe(OPTIONS),
        structuredClone(value),
        body(CancelBody),
      );
      expect(ours).toEqual(nests);
    }
  });
});
