import { STATUS_CODES } from 'node:http';
import {
  ERRCODE_CATALOGUE,
  WechatApiError,
  WechatTransportError,
  WechatValidationError,
} from '../errors';
import { toErrorResponse } from './wechat-error-response';

const apiError = (errcode: number, api = 'logistics.cancelOrder') =>
  new WechatApiError({ errcode, errmsg: `msg rid: r-${errcode}`, api });

/** DESIGN.md's errcode → HTTP table, row by row. */
const DESIGN_TABLE: [number, number[]][] = [
  [
    400,
    [930561, 47001, 44002, 40003, 9300526, 9300510, 9300517, 9300535, 9300536],
  ],
  [404, [40199, 930563, 9300503, 9300528]],
  [409, [9300506, 9300524, 930562, 9300522, 9300529]],
  [429, [45009, 45011, 9300509, 9300537, 930564]],
  [500, [40013, 40125, 40164, 41002, 41004, 48001, 930566, 930568]],
  [502, [9300501, 9300502, 40001, 40014, 42001]],
  [503, [-1]],
];

describe('toErrorResponse', () => {
  describe.each(DESIGN_TABLE)('answers %i', (status, errcodes) => {
    it.each(errcodes)(
      'for errcode %i, with errcode, errmsg, rid and the catalogue meaning',
      (errcode) => {
        const { status: actual, body } = toErrorResponse(apiError(errcode));
        expect(actual).toBe(status);
        expect(body).toEqual({
          statusCode: status,
          message: ERRCODE_CATALOGUE.get(errcode)?.meaning,
          error: STATUS_CODES[status],
          errcode,
          errmsg: `msg rid: r-${errcode}`,
          rid: `r-${errcode}`,
        });
      },
    );
  });

  it('gives every catalogue entry a meaning, a status and a kind', () => {
    for (const entry of ERRCODE_CATALOGUE.values()) {
      expect(entry.meaning.length).toBeGreaterThan(10);
      expect([400, 404, 409, 429, 500, 502, 503]).toContain(entry.httpStatus);
    }
  });

  it('answers 502 for an errcode WeChat never documented', () => {
    expect(toErrorResponse(apiError(1234567)).status).toBe(502);
  });

  it.each([-1, 40001, 45009, 40125])(
    'answers 500 for errcode %i from the token endpoint: our credentials are wrong',
    (errcode) => {
      const { status, body } = toErrorResponse(
        apiError(errcode, 'auth.getStableAccessToken'),
      );
      expect(status).toBe(500);
      expect(body.errcode).toBe(errcode);
      expect(body.message).toMatch(/credentials/);
    },
  );

  it("carries the carrier's code and message for 9300501", () => {
    const error = new WechatApiError({
      errcode: 9300501,
      errmsg: 'delivery logic fail',
      api: 'logistics.cancelOrder',
      deliveryResultcode: 30002,
      deliveryResultmsg: '已揽收',
    });
    expect(toErrorResponse(error).body).toMatchObject({
      statusCode: 502,
      deliveryResultcode: 30002,
      deliveryResultmsg: '已揽收',
    });
  });

  it.each([
    ['timeout', 504],
    ['network', 502],
    ['http-status', 502],
    ['bad-response', 502],
  ] as const)('answers a %s transport failure with %i', (failure, status) => {
    expect(
      toErrorResponse(
        new WechatTransportError(failure, 'logistics.cancelOrder', 'x', 503),
      ).status,
    ).toBe(status);
  });

  it("answers validation errors with Nest's standard 400 body", () => {
    expect(
      toErrorResponse(
        new WechatValidationError('logistics.cancelOrder', [
          'orderId must be a string',
        ]),
      ),
    ).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        message: ['orderId must be a string'],
        error: 'Bad Request',
      },
    });
  });
});
