import {
  CONTRACT_CLIENTS,
  cannedReply,
  theOneRequest,
  useEmulatorHarness,
} from '../support/contract-harness';

const PRINTERS = '/cgi-bin/express/business/printer/getall';

describe.each(CONTRACT_CLIENTS)(
  'getPrinter contract (GET /cgi-bin/express/business/printer/getall) — over %s',
  (transport) => {
    const h = useEmulatorHarness({}, transport);

    it('sends a GET without a body and maps the printers', async () => {
      cannedReply(h.wechat, PRINTERS, {
        count: 2,
        openid: ['oABC', 'oXYZ'],
        tagid_list: ['123', '456'],
      });
      const result = await h.client.getPrinter();
      theOneRequest(h.wechat, 'GET', PRINTERS, h.appId);
      expect(result).toEqual({
        count: 2,
        openid: ['oABC', 'oXYZ'],
        tagidList: ['123', '456'],
      });
    });
  },
);
