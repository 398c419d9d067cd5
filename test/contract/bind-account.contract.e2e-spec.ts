import {
  AccountBindType,
  type BindAccountDto,
  WechatValidationError,
} from 'nestjs-wechat-logistics';
import {
  CONTRACT_CLIENTS,
  cannedReply,
  theOneRequest,
  useEmulatorHarness,
} from '../support/contract-harness';

const BIND = '/cgi-bin/express/business/account/bind';

describe.each(CONTRACT_CLIENTS)(
  'bindAccount contract (POST /cgi-bin/express/business/account/bind) — over %s',
  (transport) => {
    const h = useEmulatorHarness({}, transport);

    it('sends the documented body to /account/bind and resolves underReview: false', async () => {
      cannedReply(h.wechat, BIND, {});
      const result = await h.client.bindAccount({
        remarkContent: '电话：13800138000 联系人：张三',
        password: 'pw',
        deliveryId: 'EMS',
        bizId: 'EMS_CUSTOMER',
        type: AccountBindType.Bind,
      });
      expect(theOneRequest(h.wechat, 'POST', BIND, h.appId).rawBody).toBe(
        '{"type":"bind","biz_id":"EMS_CUSTOMER","delivery_id":"EMS","password":"pw","remark_content":"电话：13800138000 联系人：张三"}',
      );
      expect(result).toEqual({ underReview: false });
    });

    it('omits the password when none is given (EMS, SF and JD bind without one)', async () => {
      cannedReply(h.wechat, BIND, {});
      await h.client.bindAccount({
        type: AccountBindType.Unbind,
        bizId: 'SF_CUSTOMER',
        deliveryId: 'SF',
      });
      expect(theOneRequest(h.wechat, 'POST', BIND, h.appId).body).toEqual({
        type: 'unbind',
        biz_id: 'SF_CUSTOMER',
        delivery_id: 'SF',
      });
    });

    it('treats 9300532 (submitted, under review) as success with underReview: true', async () => {
      cannedReply(h.wechat, BIND, {}, 9300532);
      await expect(
        h.client.bindAccount({
          type: AccountBindType.Bind,
          bizId: 'EMS_CUSTOMER',
          deliveryId: 'EMS',
        }),
      ).resolves.toEqual({ underReview: true });
    });

    it('raises 9300529 (already bound) on a first attempt', async () => {
      cannedReply(h.wechat, BIND, {}, 9300529);
      await expect(
        h.client.bindAccount({
          type: AccountBindType.Bind,
          bizId: 'SF_CUSTOMER',
          deliveryId: 'SF',
        }),
      ).rejects.toMatchObject({ name: 'WechatApiError', errcode: 9300529 });
    });

    it('refuses a type other than bind or unbind before sending anything', async () => {
      await expect(
        h.client.bindAccount({
          type: 'rebind',
          bizId: 'B',
          deliveryId: 'SF',
        } as unknown as BindAccountDto),
      ).rejects.toBeInstanceOf(WechatValidationError);
      expect(h.wechat.requests.count()).toBe(0);
    });
  },
);
