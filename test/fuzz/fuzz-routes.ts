import fc from 'fast-check';
import { SANDBOX_BIZ_ID, SANDBOX_DELIVERY_ID } from 'nestjs-wechat-logistics';
import { addOrderBody } from '../support/demo-routes';
import {
  deepNesting,
  hostileKey,
  hostilePathSegment,
  hostileQuery,
  hostileString,
  hostileValue,
  mutate,
  mutation,
  percentEncode,
  pollutingObject,
} from './hostile-values';

/** State the fuzz app's emulator is seeded with, so that valid requests find something. */
export const FUZZ_ORDER = {
  orderId: 'FUZZ-1',
  waybillId: 'FUZZ-WB-1',
  deliveryId: SANDBOX_DELIVERY_ID,
} as const;
export const FUZZ_ACCOUNT = { bizId: 'FUZZ_BIZ', deliveryId: 'YTO' } as const;

export type FuzzBody =
  | { readonly json: unknown }
  | { readonly raw: string; readonly contentType: string };

export interface FuzzRequest {
  readonly method: 'GET' | 'POST';
  /** Sent byte for byte (already percent-encoded, or deliberately not). */
  readonly path: string;
  readonly body?: FuzzBody;
}

export interface FuzzRoute {
  /** `POST /logistics/orders`, … */
  readonly route: string;
  readonly requests: fc.Arbitrary<FuzzRequest>;
}

/**
 * A valid id: non-empty, within 512 UTF-8 bytes, and anything else goes
 * (lone surrogates, NUL, RTL marks): the DTOs accept them, so they must
 * reach WeChat intact. Sometimes the seeded order's, so state is found.
 */
const validId: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileString.filter(isValidId) },
  { weight: 1, arbitrary: fc.constant(FUZZ_ORDER.orderId) },
);

function isValidId(text: string): boolean {
  return text.trim() !== '' && Buffer.byteLength(text, 'utf8') <= 512;
}

const optional = <T>(value: fc.Arbitrary<T>) =>
  fc.option(value, { nil: undefined });

const validSegment = fc.oneof(
  { weight: 3, arbitrary: validId.map(percentEncode) },
  { weight: 1, arbitrary: fc.constant(FUZZ_ORDER.orderId) },
);
/** An `:orderId` path segment: usually a valid id, often a hostile one. */
const segment = fc.oneof(
  { weight: 1, arbitrary: validSegment },
  { weight: 1, arbitrary: hostilePathSegment },
);

/** Bodies WeChat's DTO would not accept, in every way a client can get one wrong. */
function hostileBody(
  valid: fc.Arbitrary<Record<string, unknown>>,
  keys: readonly string[],
): fc.Arbitrary<FuzzBody> {
  const json = (value: fc.Arbitrary<unknown>) =>
    value.map((j) => ({ json: j }));
  const raw = (value: fc.Arbitrary<string>, contentType = 'application/json') =>
    value.map((text) => ({ raw: text, contentType }));
  return fc.oneof(
    {
      weight: 6,
      arbitrary: json(
        fc
          .tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 }))
          .map(([document, changes]) => mutate(document, changes)),
      ),
    },
    { weight: 3, arbitrary: json(valid) },
    {
      weight: 1,
      arbitrary: json(
        fc.dictionary(
          fc.oneof(fc.constantFrom(...keys), hostileKey),
          hostileValue,
          {
            maxKeys: 8,
          },
        ),
      ),
    },
    {
      weight: 1,
      arbitrary: json(fc.oneof(hostileValue, pollutingObject, deepNesting)),
    },
    {
      weight: 1,
      arbitrary: fc.oneof(
        // cut off mid-document
        raw(
          fc.tuple(valid, fc.nat()).map(([document, cut]) => {
            const text = JSON.stringify(document);
            return text.slice(0, cut % text.length);
          }),
        ),
        raw(
          fc.constantFrom(
            '',
            'null',
            '"text"',
            '1e308',
            '[',
            '{"a":1,}',
            "{'a':1}",
            '{"password":hunter2}',
            'NaN',
            '\u0000',
            '\uFEFF{}',
            '{"__proto__":{"polluted":"yes"}}',
            '{"constructor":{"prototype":{"polluted":"yes"}}}',
          ),
        ),
        // the right JSON under the wrong media type
        raw(
          valid.map((document) => JSON.stringify(document)),
          'text/plain',
        ),
        raw(
          fc.constantFrom(
            '__proto__[polluted]=yes',
            'constructor[prototype][polluted]=yes',
            'a[b][c][d][e][f][g]=deep',
            'orderList[0][orderId]=x&orderList[0][deliveryId]=TEST',
            'type=bind&bizId=b&deliveryId=YTO&password=p',
          ),
          'application/x-www-form-urlencoded',
        ),
        raw(
          fc.constant(
            '<xml><__proto__><polluted>1</polluted></__proto__></xml>',
          ),
          'text/xml',
        ),
        // past the 100 kB body limit
        raw(
          fc
            .constantFrom(110_000, 150_000)
            .map((size) => JSON.stringify({ orderId: 'x'.repeat(size) })),
        ),
      ),
    },
  );
}

const post = (path: fc.Arbitrary<string>, body: fc.Arbitrary<FuzzBody>) =>
  fc
    .tuple(path, body)
    .map(([p, b]): FuzzRequest => ({ method: 'POST', path: p, body: b }));
const get = (path: fc.Arbitrary<string>) =>
  path.map((p): FuzzRequest => ({ method: 'GET', path: p }));
const withQuery = (path: fc.Arbitrary<string>, base: Record<string, string>) =>
  fc
    .tuple(path, hostileQuery(base))
    .map(([p, query]) => (query ? `${p}?${query}` : p));

const ACTION_TYPES = [
  100001, 100002, 100003, 200001, 300002, 300003, 300004, 400001, 400002,
];

/** Every demo route that takes input, with requests mixing valid and hostile input. */
export const FUZZ_ROUTES: readonly FuzzRoute[] = [
  {
    route: 'POST /logistics/orders',
    requests: post(
      fc.constant('/logistics/orders'),
      hostileBody(
        fc
          .record({ orderId: validId, customRemark: optional(validId) })
          .map(({ orderId, customRemark }) => {
            const body = addOrderBody(orderId);
            if (customRemark === undefined) delete body.customRemark;
            else if (Buffer.byteLength(customRemark) <= 1024)
              body.customRemark = customRemark;
            return body;
          }),
        Object.keys(addOrderBody('x')),
      ),
    ),
  },
  {
    route: 'POST /logistics/orders/batch-get',
    requests: post(
      fc.constant('/logistics/orders/batch-get'),
      hostileBody(
        fc
          .array(
            fc.record(
              {
                orderId: validId,
                deliveryId: fc.oneof(fc.constant(SANDBOX_DELIVERY_ID), validId),
                waybillId: optional(validId),
              },
              { requiredKeys: ['orderId', 'deliveryId'] },
            ),
            { minLength: 1, maxLength: 5 },
          )
          .map((orderList) => ({ orderList: dropUndefined(orderList) })),
        ['orderList'],
      ),
    ),
  },
  {
    route: 'GET /logistics/orders/:orderId',
    requests: get(
      withQuery(
        segment.map((s) => `/logistics/orders/${s}`),
        {
          deliveryId: SANDBOX_DELIVERY_ID,
          waybillId: FUZZ_ORDER.waybillId,
          openid: 'oFuzzUser',
          printType: '1',
        },
      ),
    ),
  },
  {
    route: 'POST /logistics/orders/:orderId/cancel',
    requests: post(
      segment.map((s) => `/logistics/orders/${s}/cancel`),
      hostileBody(
        fc
          .record(
            {
              deliveryId: fc.oneof(fc.constant(SANDBOX_DELIVERY_ID), validId),
              waybillId: fc.oneof(fc.constant(FUZZ_ORDER.waybillId), validId),
              openid: optional(validId),
            },
            { requiredKeys: ['deliveryId', 'waybillId'] },
          )
          .map(dropUndefinedKeys),
        ['deliveryId', 'waybillId', 'openid'],
      ),
    ),
  },
  {
    route: 'GET /logistics/orders/:orderId/path',
    requests: get(
      withQuery(
        segment.map((s) => `/logistics/orders/${s}/path`),
        {
          deliveryId: SANDBOX_DELIVERY_ID,
          waybillId: FUZZ_ORDER.waybillId,
          openid: 'oFuzzUser',
        },
      ),
    ),
  },
  {
    route: 'GET /logistics/orders/:orderId/events',
    requests: get(
      withQuery(
        segment.map((s) => `/logistics/orders/${s}/events`),
        {},
      ),
    ),
  },
  {
    route: 'GET /logistics/deliveries',
    requests: get(withQuery(fc.constant('/logistics/deliveries'), {})),
  },
  {
    route: 'GET /logistics/accounts',
    requests: get(withQuery(fc.constant('/logistics/accounts'), {})),
  },
  {
    route: 'POST /logistics/accounts/bind',
    requests: post(
      fc.constant('/logistics/accounts/bind'),
      hostileBody(
        fc
          .record(
            {
              type: fc.constantFrom('bind', 'unbind'),
              bizId: validId,
              deliveryId: fc.oneof(
                fc.constantFrom('YTO', 'SF', 'EMS', SANDBOX_DELIVERY_ID),
                validId,
              ),
              password: optional(validId),
              remarkContent: optional(validId),
            },
            { requiredKeys: ['type', 'bizId', 'deliveryId'] },
          )
          .map(dropUndefinedKeys),
        ['type', 'bizId', 'deliveryId', 'password', 'remarkContent'],
      ),
    ),
  },
  {
    route: 'GET /logistics/quota',
    requests: get(
      withQuery(fc.constant('/logistics/quota'), {
        deliveryId: FUZZ_ACCOUNT.deliveryId,
        bizId: FUZZ_ACCOUNT.bizId,
      }),
    ),
  },
  {
    route: 'GET /logistics/printers',
    requests: get(withQuery(fc.constant('/logistics/printers'), {})),
  },
  {
    route: 'POST /logistics/printers',
    requests: post(
      fc.constant('/logistics/printers'),
      hostileBody(
        fc
          .record(
            {
              openid: validId,
              updateType: fc.constantFrom('bind', 'unbind'),
              tagidList: optional(
                fc.constantFrom('1', '1,2', '123,456', '0,1,2,3,4,5,6,7,8,9'),
              ),
            },
            { requiredKeys: ['openid', 'updateType'] },
          )
          .map(dropUndefinedKeys),
        ['openid', 'updateType', 'tagidList'],
      ),
    ),
  },
  {
    route: 'POST /logistics/test/orders/:orderId/update',
    requests: post(
      segment.map((s) => `/logistics/test/orders/${s}/update`),
      hostileBody(
        fc.record({
          bizId: fc.constant(SANDBOX_BIZ_ID),
          deliveryId: fc.constant(SANDBOX_DELIVERY_ID),
          waybillId: fc.oneof(fc.constant(FUZZ_ORDER.waybillId), validId),
          actionTime: fc.integer({ min: 0, max: 2_000_000_000 }),
          actionType: fc.constantFrom(...ACTION_TYPES),
          actionMsg: validId,
        }),
        [
          'bizId',
          'deliveryId',
          'waybillId',
          'actionTime',
          'actionType',
          'actionMsg',
        ],
      ),
    ),
  },
];

function dropUndefinedKeys<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;
}

function dropUndefined<T extends object>(items: T[]): T[] {
  return items.map(dropUndefinedKeys);
}
