import {
  ERRCODE_CATALOGUE,
  TOKEN_REJECTED_ERRCODES,
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
