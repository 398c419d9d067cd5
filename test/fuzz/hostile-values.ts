import fc from 'fast-check';

/**
 * Building blocks for the fuzz suite: strings, numbers and JSON that break
 * naive servers. Each arbitrary mixes the plain random with hand-picked
 * troublemakers, so 100–200 runs per route reach both.
 */

/** Keys that pollute `Object.prototype` when a parser or merger assigns them naively. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
] as const;

/** One UTF-16 code unit of any value: lone surrogates, NUL and friends included. */
const anyCodeUnit = fc
  .integer({ min: 0, max: 0xffff })
  .map((unit) => String.fromCharCode(unit));

const TROUBLEMAKERS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  'x\uD83D',
  '\u202Eevil\u202C', // right-to-left override
  '\u05D0\u05D1\u05D2', // Hebrew (RTL)
  '\u200B', // zero-width space
  '\u200D',
  '\uFEFF',
  '😀',
  '👨‍👩‍👧‍👦',
  'e\u0301', // combining accent
  '中'.repeat(170), // 510 UTF-8 bytes
  '中'.repeat(171), // 513 UTF-8 bytes
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e308',
  '0x1F',
  '1e11',
  ' 1 ',
  'null',
  'true',
  '[]',
  '{}',
  ...PROTOTYPE_KEYS,
  'toString',
  'hasOwnProperty',
  '{"$gt":""}',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '<![CDATA[x]]>',
  '../../etc/passwd',
  '%00',
  '%ED%A0%80',
  '\r\nX-Injected: 1',
  'TEST',
  'test_biz_id',
  'bind',
  'unbind',
  'YTO',
];

/** Strings: random code units (lone surrogates too), graphemes, troublemakers, and long ones. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 3, arbitrary: fc.constantFrom(...TROUBLEMAKERS) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('a', '中', '😀', '\u0000'),
        fc.constantFrom(511, 512, 513, 1025, 4096, 30_000),
      )
      .map(([unit, times]) => unit.repeat(times)),
  },
);

/** Numbers JSON can carry, and what naive code turns them into. NaN and ±Infinity serialise as null. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    1.5,
    2,
    100001,
    1e308,
    -1e308,
    5e-324,
    2 ** 53,
    2 ** 53 + 2,
    1e11,
    1764140400,
    1764140400000,
  ),
);

/** An object with `key` as an own, enumerable property, even for `__proto__`. */
export function withOwnKey(
  target: object,
  key: string,
  value: unknown,
): object {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return target;
}

/** `{"__proto__": {"polluted": …}}` and its `constructor.prototype` cousin. */
export const pollutingObject: fc.Arbitrary<object> = fc
  .constantFrom(...PROTOTYPE_KEYS)
  .map((key) =>
    withOwnKey({}, key, {
      polluted: 'yes',
      prototype: { polluted: 'yes' },
      toString: 'not a function',
    }),
  );

/**
 * Objects or arrays nested `depth` levels deep, built only when serialised:
 * fast-check prints and shrinks values recursively, which a 5000-level value
 * would overflow, so it sees this small description instead.
 */
export class DeepNesting {
  constructor(
    readonly depth: number,
    readonly kind: 'object' | 'array' | 'mixed',
  ) {}

  /** A placeholder that {@link toJsonText} swaps for the nested text. */
  toJSON(): string {
    return `\u0000deep:${this.depth}:${this.kind}\u0000`;
  }

  /** The nested document as JSON text, built without recursion. */
  text(): string {
    let open = '';
    let close = '';
    for (let level = 0; level < this.depth; level += 1) {
      const asArray =
        this.kind === 'array' || (this.kind === 'mixed' && level % 2 === 0);
      open += asArray ? '[' : '{"a":';
      close = (asArray ? ']' : '}') + close;
    }
    return `${open}"leaf"${close}`;
  }

  [fc.toStringMethod](): string {
    return `DeepNesting(${this.depth}, ${this.kind})`;
  }
}

/** 33 levels is just past the demo's limit; 5000 overflows an unguarded class-transformer. */
export const deepNesting: fc.Arbitrary<DeepNesting> = fc
  .tuple(
    fc.constantFrom(33, 200, 1000, 5000),
    fc.constantFrom('object' as const, 'array' as const, 'mixed' as const),
  )
  .map(([depth, kind]) => new DeepNesting(depth, kind));

/** Any of the above, plus small random JSON, booleans, null and empty containers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  {
    weight: 2,
    arbitrary: fc.constantFrom(true, false, null, [], {}, [null], ['']),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: pollutingObject },
  { weight: 1, arbitrary: deepNesting },
);

/** Object keys worth trying beside a DTO's own: prototype keys, snake_case twins, the token's name. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    ...PROTOTYPE_KEYS,
    'toString',
    'valueOf',
    'hasOwnProperty',
    'access_token',
    'order_id',
    'errcode',
    '',
    'a.b',
    'a[b]',
  ),
  hostileString.filter((key) => key.length < 64),
);

/** A change to a valid JSON document, applied at the `at`-th node (mod the node count). */
export interface Mutation {
  readonly at: number;
  readonly op: 'set' | 'delete' | 'add-key' | 'wrap-in-array' | 'replace-all';
  readonly key: string;
  readonly value: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom(
    'set',
    'set',
    'delete',
    'add-key',
    'wrap-in-array',
    'replace-all',
  ),
  key: hostileKey,
  value: hostileValue,
});

/** Applies `mutations` to a deep copy of `document` (which must be JSON). */
export function mutate(
  document: unknown,
  mutations: readonly Mutation[],
): unknown {
  let root: unknown = cloneJson(document);
  for (const change of mutations) {
    if (change.op === 'replace-all') {
      root = change.value;
      continue;
    }
    const nodes = collectNodes(root);
    const [parent, key, node] = nodes[change.at % nodes.length];
    const replace = (value: unknown) => {
      if (parent === undefined) root = value;
      else (parent as Record<string, unknown>)[key] = value;
    };
    switch (change.op) {
      case 'set':
        replace(change.value);
        break;
      case 'delete':
        if (parent === undefined) root = undefined;
        else if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete (parent as Record<string, unknown>)[key];
        break;
      case 'add-key':
        if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
          withOwnKey(node, change.key, change.value);
        } else {
          replace(withOwnKey({}, change.key, change.value));
        }
        break;
      case 'wrap-in-array':
        replace([node]);
        break;
    }
  }
  return root;
}

/** A deep copy that keeps own `__proto__` keys and DeepNesting markers as they are. */
function cloneJson(value: unknown): unknown {
  if (
    value === null ||
    typeof value !== 'object' ||
    value instanceof DeepNesting
  )
    return value;
  if (Array.isArray(value)) return value.map(cloneJson);
  const copy = {};
  for (const [key, item] of Object.entries(value)) {
    withOwnKey(copy, key, cloneJson(item));
  }
  return copy;
}

/** Every node with its parent and key, root first: `[undefined, '', root]`. */
function collectNodes(root: unknown): [object | undefined, string, unknown][] {
  const nodes: [object | undefined, string, unknown][] = [
    [undefined, '', root],
  ];
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i][2];
    if (
      node !== null &&
      typeof node === 'object' &&
      !(node instanceof DeepNesting)
    ) {
      for (const [key, child] of Object.entries(node)) {
        nodes.push([node, key, child]);
      }
    }
  }
  return nodes;
}

/**
 * A path segment as it travels in a URL: well-formed text percent-encoded, or
 * broken percent-encoding (lone `%`, invalid UTF-8, an encoded surrogate,
 * encoded slashes and dots), or far longer than 512 bytes.
 */
export const hostilePathSegment: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: hostileString.filter((s) => s.length < 2000).map(percentEncode),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '%',
      '%ZZ',
      '%00',
      '%ED%A0%80',
      '%C0%AF',
      '%FF%FE',
      '%E4%B8',
      '%2F',
      '..',
      '.',
      '%2e%2e',
      '%20',
      'batch-get',
      'a%2Fcancel',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(512, 513, 2000, 8000)
      .map((length) => 'x'.repeat(length)),
  },
);

/**
 * `encodeURIComponent`, except that a lone surrogate (which it refuses) is
 * written as the bytes WTF-8 would give it: an invalid UTF-8 sequence.
 */
export function percentEncode(text: string): string {
  let encoded = '';
  for (const char of text) {
    const unit = char.charCodeAt(0);
    encoded +=
      char.length === 1 && unit >= 0xd800 && unit <= 0xdfff
        ? [
            0xe0 | (unit >> 12),
            0x80 | ((unit >> 6) & 0x3f),
            0x80 | (unit & 0x3f),
          ]
            .map((byte) => `%${byte.toString(16).toUpperCase()}`)
            .join('')
        : encodeURIComponent(char);
  }
  return encoded;
}

/** A query string: `base` (valid values) with parameters dropped, added, repeated or given hostile values. */
export function hostileQuery(
  base: Readonly<Record<string, string>>,
): fc.Arbitrary<string> {
  const keys = Object.keys(base);
  const someKey = keys.length > 0 ? fc.constantFrom(...keys) : hostileKey;
  const encodedKey = fc.oneof(
    { weight: 3, arbitrary: someKey.map(percentEncode) },
    { weight: 1, arbitrary: hostileKey.map(percentEncode) },
    { weight: 1, arbitrary: someKey.map((key) => `${percentEncode(key)}[]`) },
  );
  const encodedValue = fc.oneof(
    {
      weight: 4,
      arbitrary: hostileString
        .filter((s) => s.length < 2000)
        .map(percentEncode),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', '%', '%ZZ', '%ED%A0%80', '%00'),
    },
  );
  return fc
    .record({
      keep: fc.subarray(keys),
      extra: fc.array(fc.tuple(encodedKey, encodedValue), { maxLength: 4 }),
    })
    .map(({ keep, extra }) =>
      [
        ...keep.map((key) => [percentEncode(key), percentEncode(base[key])]),
        ...extra,
      ]
        .map(([key, value]) => `${key}=${value}`)
        .join('&'),
    );
}

/** JSON text of a generated value, with every DeepNesting written out in full. */
export function toJsonText(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  return text.replace(
    /"\\u0000deep:(\d+):(object|array|mixed)\\u0000"/g,
    (_match, depth: string, kind: 'object' | 'array' | 'mixed') =>
      new DeepNesting(Number(depth), kind).text(),
  );
}
