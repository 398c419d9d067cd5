import {
  ERRCODE_CATALOGUE,
  type ErrcodeRow,
  TOKEN_REJECTED_ERRCODES,
  assemble,
  assembleReadings,
  findErrcode,
} from './errcode-catalogue';

/** Every errcode of wechat-logistics-api.md §6 (order endpoints) and §9 (logistics catalogue). */
const REFERENCE_ERRCODES = [
  // §6.1 addOrder, §6.4 cancelOrder and the WxJava-only order codes
  -1, 40001, 40003, 47001, 930559, 930561, 930564, 9300501, 9300502, 9300503,
  9300510, 9300525, 9300526, 9300531, 9300534, 9300535, 9300536, 930562,
  9300508, 9300509, 9300513, 9300520, 9300521, 9300522, 9300523, 9300528,
  9300537, 930566, 930568, 40199, 930563, 9300506, 9300524,
  // §9
  930555, 930556, 930557, 930558, 930560, 930565, 930567, 930569, 9300504,
  9300505, 9300507, 9300511, 9300512, 9300514, 9300515, 9300516, 9300517,
  9300527, 9300529, 9300530, 9300532, 9300533, 9300538, 9300539, 9300540,
  9300541,
];

describe('the errcode catalogue', () => {
  it.each(REFERENCE_ERRCODES)(
    'knows errcode %p from the reference',
    (errcode) => {
      expect(ERRCODE_CATALOGUE.get(errcode)).toBeDefined();
    },
  );

  it('treats 9300507 (a carrier-side token) as a bad argument, never as an access-token rejection', () => {
    expect(ERRCODE_CATALOGUE.get(9300507)).toMatchObject({
      kind: 'bad-request',
      httpStatus: 400,
      retryable: false,
    });
    expect(TOKEN_REJECTED_ERRCODES.has(9300507)).toBe(false);
  });

  it('answers the duplicate-order codes addOrder reconciles as 409 conflicts', () => {
    for (const errcode of [930562, 9300508, 9300521, 9300522]) {
      expect(ERRCODE_CATALOGUE.get(errcode)?.httpStatus).toBe(409);
    }
  });
});

describe("a family's readings of a shared code", () => {
  const catalogue = assemble([
    { 'rate-limit': [[9300513, 'out of quota', 'e-waybill quota used up']] },
  ]);
  const readings = assembleReadings(
    [
      {
        family: 'tracking',
        codes: {},
        readings: {
          'rate-limit': [[9300513, 'out of quota', 'daily call quota used up']],
        },
      },
    ],
    catalogue,
  );

  it("applies to that family's calls only, by the api's prefix", () => {
    expect(readings.get('tracking')?.get(9300513)?.meaning).toBe(
      'daily call quota used up',
    );
    expect(readings.get('logistics')).toBeUndefined();
  });

  it('is refused for a code the catalogue does not have: it belongs in codes', () => {
    expect(() =>
      assembleReadings(
        [{ family: 'x', codes: {}, readings: { conflict: [[1, 'a', 'b']] } }],
        catalogue,
      ),
    ).toThrow('errcode 1 is not a reading of a catalogued code for family x');
  });

  it('is refused when a family names the same code twice', () => {
    const twice: ErrcodeRow = [9300513, 'a', 'b'];
    expect(() =>
      assembleReadings(
        [{ family: 'x', codes: {}, readings: { conflict: [twice, twice] } }],
        catalogue,
      ),
    ).toThrow('not a reading');
  });

  it('leaves findErrcode on the catalogue for an api without a prefix or family', () => {
    expect(findErrcode(9300513, 'logistics.getQuota')).toBe(
      ERRCODE_CATALOGUE.get(9300513),
    );
    expect(findErrcode(9300513)).toBe(ERRCODE_CATALOGUE.get(9300513));
    expect(findErrcode(9300513, 'noprefix')).toBe(
      ERRCODE_CATALOGUE.get(9300513),
    );
  });

  it('refuses a code listed twice in codes', () => {
    expect(() =>
      assemble([{ busy: [[5, 'a', 'b']] }, { conflict: [[5, 'c', 'd']] }]),
    ).toThrow('errcode 5 is listed twice in the catalogue');
  });
});
