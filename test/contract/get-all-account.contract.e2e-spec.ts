import { AccountStatusCode } from 'nestjs-wechat-logistics';
import {
  CONTRACT_CLIENTS,
  cannedReply,
  theOneRequest,
  useEmulatorHarness,
} from '../support/contract-harness';

const ACCOUNTS = '/cgi-bin/express/business/account/getall';

describe.each(CONTRACT_CLIENTS)(
  'getAllAccount contract (GET /cgi-bin/express/business/account/getall) — over %s',
  (transport) => {
    const h = useEmulatorHarness({}, transport);

    it('sends a GET to /account/ (not /accountService/) and maps the accounts', async () => {
      cannedReply(h.wechat, ACCOUNTS, {
        count: 1,
        list: [
          {
            biz_id: 'SF_CUSTOMER',
            delivery_id: 'SF',
            create_time: 1700000000,
            update_time: 1700000100,
            status_code: 1,
            alias: '总仓',
            remark_wrong_msg: '',
            remark_content: '电话：13800138000',
            quota_num: 0,
            quota_update_time: 1700000200,
            service_type: [{ service_type: 1, service_name: '顺丰即日' }],
          },
        ],
      });

      const result = await h.client.getAllAccount();

      theOneRequest(h.wechat, 'GET', ACCOUNTS, h.appId);
      expect(result).toEqual({
        count: 1,
        list: [
          {
            bizId: 'SF_CUSTOMER',
            deliveryId: 'SF',
            createTime: 1700000000,
            updateTime: 1700000100,
            statusCode: AccountStatusCode.UnderReview,
            alias: '总仓',
            remarkWrongMsg: '',
            remarkContent: '电话：13800138000',
            quotaNum: 0,
            quotaUpdateTime: 1700000200,
            serviceType: [{ serviceType: 1, serviceName: '顺丰即日' }],
          },
        ],
      });
    });
  },
);
