import { toErrorResponse } from '../filters/wechat-error-response';
import { WechatCarrierNotMappedError } from './wechat-carrier-not-mapped.error';

describe('WechatCarrierNotMappedError', () => {
  it('names the carrier and the carrierCodes fix for a carrier nothing matched', () => {
    const error = new WechatCarrierNotMappedError('PJ', 'no-match', {
      deliveryName: '品骏快递',
    });
    expect(error.message).toBe(
      `The carrier "PJ" (品骏快递) matches no carrier of WeChat's tracking list (get_delivery_list) by id or name, so it has no code for tracking or the shipping upload: set its code with the carrierCodes option (module or app entry), e.g. carrierCodes: { "PJ": '<delivery_id from get_delivery_list>' }. Nothing was sent.`,
    );
  });

  it('lists the candidates of an ambiguous carrier', () => {
    const error = new WechatCarrierNotMappedError('DB', 'ambiguous', {
      deliveryName: '德邦',
      candidates: [
        { deliveryId: 'DBL', deliveryName: '德邦快递' },
        { deliveryId: 'DBWL', deliveryName: '德邦物流' },
      ],
    });
    expect(error.message).toContain(
      'by name: DBL 德邦快递, DBWL 德邦物流. To say which, set its code with the carrierCodes option',
    );
  });

  it('says what the sandbox carrier TEST needs', () => {
    expect(
      new WechatCarrierNotMappedError('TEST', 'no-match').message,
    ).toContain(
      "TEST is the sandbox carrier: real WeChat refuses sandbox waybills for tracking; with the emulator use carrierCodes: { TEST: 'TEST' }.",
    );
  });

  it("quotes at most 64 characters of the caller's deliveryId, as JSON", () => {
    const error = new WechatCarrierNotMappedError(
      `"\n${'x'.repeat(100)}`,
      'unknown-carrier',
    );
    expect(error.deliveryId).toHaveLength(64);
    expect(error.message).not.toContain('\n');
    expect(error.message).toMatch(
      /^The logistics assistant has no carrier "\\"\\nx+"/,
    );
  });

  it('is answered 404 for an id the logistics assistant does not list: the caller named no carrier', () => {
    expect(
      toErrorResponse(
        new WechatCarrierNotMappedError('NOPE', 'unknown-carrier'),
      ),
    ).toEqual({
      status: 404,
      body: {
        statusCode: 404,
        message: `WeChat's logistics assistant has no carrier "NOPE".`,
        error: 'Not Found',
        deliveryId: 'NOPE',
      },
    });
  });

  it.each(['no-match', 'ambiguous'] as const)(
    "is answered 500 when a real carrier has no code (%s): this server's configuration, without the option's details",
    (reason) => {
      expect(
        toErrorResponse(new WechatCarrierNotMappedError('PJ', reason)),
      ).toEqual({
        status: 500,
        body: {
          statusCode: 500,
          message:
            'No carrier code for tracking and shipping info is configured on this server for the carrier "PJ".',
          error: 'Internal Server Error',
          deliveryId: 'PJ',
        },
      });
    },
  );
});
