import {
  PrinterUpdateType,
  type UpdatePrinterDto,
  WechatValidationError,
} from 'nestjs-wechat-logistics';
import {
  CONTRACT_CLIENTS,
  cannedReply,
  theOneRequest,
  useEmulatorHarness,
} from '../support/contract-harness';

const UPDATE = '/cgi-bin/express/business/printer/update';

describe.each(CONTRACT_CLIENTS)(
  'updatePrinter contract (POST /cgi-bin/express/business/printer/update) — over %s',
  (transport) => {
    const h = useEmulatorHarness({}, transport);

    it('sends the documented body and resolves an empty result', async () => {
      cannedReply(h.wechat, UPDATE, {});
      const result = await h.client.updatePrinter({
        tagidList: '123,456',
        updateType: PrinterUpdateType.Bind,
        openid: 'oPrinter1',
      });
      expect(theOneRequest(h.wechat, 'POST', UPDATE, h.appId).rawBody).toBe(
        '{"openid":"oPrinter1","update_type":"bind","tagid_list":"123,456"}',
      );
      expect(result).toEqual({});
    });

    it.each<[string, unknown]>([
      ['an unknown updateType', { openid: 'o', updateType: 'add' }],
      [
        'a tagidList with spaces',
        { openid: 'o', updateType: 'bind', tagidList: '123, 456' },
      ],
    ])('refuses %s before sending anything', async (_case, input) => {
      await expect(
        h.client.updatePrinter(input as UpdatePrinterDto),
      ).rejects.toBeInstanceOf(WechatValidationError);
      expect(h.wechat.requests.count()).toBe(0);
    });
  },
);
