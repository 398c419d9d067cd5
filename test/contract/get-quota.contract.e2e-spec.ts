import {
  type GetQuotaDto,
  WechatValidationError,
} from 'nestjs-wechat-logistics';
import {
  CONTRACT_CLIENTS,
  cannedReply,
  theOneRequest,
  useEmulatorHarness,
} from '../support/contract-harness';

const QUOTA = '/cgi-bin/express/business/quota/get';

describe.each(CONTRACT_CLIENTS)(
  'getQuota contract (POST /cgi-bin/express/business/quota/get) — over %s',
  (transport) => {
    const h = useEmulatorHarness({}, transport);

    it('sends the documented body and maps quota_num', async () => {
      cannedReply(h.wechat, QUOTA, { quota_num: 210 });
      const result = await h.client.getQuota({
        bizId: 'xyz',
        deliveryId: 'YTO',
      });
      expect(theOneRequest(h.wechat, 'POST', QUOTA, h.appId).rawBody).toBe(
        '{"delivery_id":"YTO","biz_id":"xyz"}',
      );
      expect(result).toEqual({ quotaNum: 210 });
    });

    it('raises 9300527 for a carrier without quota', async () => {
      cannedReply(h.wechat, QUOTA, {}, 9300527);
      await expect(
        h.client.getQuota({ deliveryId: 'SF', bizId: 'xyz' }),
      ).rejects.toMatchObject({ name: 'WechatApiError', errcode: 9300527 });
    });

    it('refuses a missing bizId before sending anything', async () => {
      await expect(
        h.client.getQuota({ deliveryId: 'YTO' } as GetQuotaDto),
      ).rejects.toBeInstanceOf(WechatValidationError);
      expect(h.wechat.requests.count()).toBe(0);
    });
  },
);
