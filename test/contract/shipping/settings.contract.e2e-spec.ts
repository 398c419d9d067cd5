import {
  FamousBrandApplyFor,
  FamousBrandApplyStatus,
  FamousBrandType,
  SpecialOrderType,
  TradeTypeMaterialType,
  WechatValidationError,
  WxaTradeType,
} from 'nestjs-wechat-logistics';
import { CONTRACT_CLIENTS, cannedReply } from '../../support/contract-harness';
import {
  theOneShippingRequest,
  useShippingHarness,
} from '../../support/shipping-harness';

describe.each(CONTRACT_CLIENTS)(
  'shipping app settings — over %s',
  (transport) => {
    const h = useShippingHarness({}, transport);

    it('setMsgJumpPath sends POST /wxa/sec/order/set_msg_jump_path {path}', async () => {
      const PATH = '/wxa/sec/order/set_msg_jump_path';
      cannedReply(h.wechat, PATH, {});
      await expect(
        h.shipping.setMsgJumpPath({ path: 'pages/order/detail' }),
      ).resolves.toEqual({});
      expect(theOneShippingRequest(h, PATH).rawBody).toBe(
        '{"path":"pages/order/detail"}',
      );
    });

    it('isTradeManaged sends {appid} to /wxa/sec/order/is_trade_managed and reads is_trade_managed', async () => {
      const PATH = '/wxa/sec/order/is_trade_managed';
      cannedReply(h.wechat, PATH, { is_trade_managed: true });
      await expect(
        h.shipping.isTradeManaged({ appid: 'wx0123456789abcdef' }),
      ).resolves.toEqual({ isTradeManaged: true });
      expect(theOneShippingRequest(h, PATH).rawBody).toBe(
        '{"appid":"wx0123456789abcdef"}',
      );
    });

    it('isTradeManagementConfirmationCompleted sends {appid} and reads completed', async () => {
      const PATH = '/wxa/sec/order/is_trade_management_confirmation_completed';
      cannedReply(h.wechat, PATH, { completed: false });
      await expect(
        h.shipping.isTradeManagementConfirmationCompleted({
          appid: 'wx0123456789abcdef',
        }),
      ).resolves.toEqual({ completed: false });
      expect(theOneShippingRequest(h, PATH).rawBody).toBe(
        '{"appid":"wx0123456789abcdef"}',
      );
    });

    it('opSpecialOrder sends a pre-sale report with delay_to to /wxa/sec/order/opspecialorder', async () => {
      const PATH = '/wxa/sec/order/opspecialorder';
      cannedReply(h.wechat, PATH, {});
      await expect(
        h.shipping.opSpecialOrder({
          orderId: '4200000000202311150000000001',
          type: SpecialOrderType.PreSale,
          delayTo: 1702592000,
        }),
      ).resolves.toEqual({});
      expect(theOneShippingRequest(h, PATH).rawBody).toBe(
        '{"order_id":"4200000000202311150000000001","type":1,"delay_to":1702592000}',
      );
    });

    it('opSpecialOrder leaves delay_to out of a test-order report (never null)', async () => {
      const PATH = '/wxa/sec/order/opspecialorder';
      cannedReply(h.wechat, PATH, {});
      await h.shipping.opSpecialOrder({
        orderId: 'ORD20231115001',
        type: SpecialOrderType.Test,
      });
      expect(theOneShippingRequest(h, PATH).rawBody).toBe(
        '{"order_id":"ORD20231115001","type":2}',
      );
    });

    it('famousBrandApply sends the application under "Application" (capital A) to /wxa/sec/famousbrand/apply', async () => {
      const PATH = '/wxa/sec/famousbrand/apply';
      cannedReply(h.wechat, PATH, {});
      await expect(
        h.shipping.famousBrandApply({
          application: {
            applyFor: FamousBrandApplyFor.FamousBrand,
            auditInfo: {
              brandName: '微信',
              brandType: FamousBrandType.EcPlatformFlagship,
              flagshipInWhichEcPlatform: '淘宝',
              ecPlatformProofList: ['MEDIA_1'],
              otherMaterialList: ['MEDIA_2'],
            },
          },
        }),
      ).resolves.toEqual({});
      expect(theOneShippingRequest(h, PATH).rawBody).toBe(
        '{"Application":{"apply_for":1,"audit_info":{"brand_name":"微信","brand_type":4,' +
          '"flagship_in_which_ec_platform":"淘宝","ec_platform_proof_list":["MEDIA_1"],"other_material_list":["MEDIA_2"]}}}',
      );
    });

    it('getFamousBrandApplyStatus sends {} to /wxa/sec/famousbrand/get_status and maps progress and application', async () => {
      const PATH = '/wxa/sec/famousbrand/get_status';
      cannedReply(h.wechat, PATH, {
        progress: { status: 2 },
        application: {
          apply_for: 1,
          status: 2,
          audit_info: { audit_reason: '材料不清晰' },
        },
      });
      await expect(h.shipping.getFamousBrandApplyStatus()).resolves.toEqual({
        progress: { status: FamousBrandApplyStatus.Rejected },
        application: {
          applyFor: FamousBrandApplyFor.FamousBrand,
          status: FamousBrandApplyStatus.Rejected,
          auditInfo: { auditReason: '材料不清晰' },
        },
      });
      expect(theOneShippingRequest(h, PATH).rawBody).toBe('{}');
    });

    it('setWxaTradeType sends trade_type, material_list and reason to /wxa/sec/order/setwxatradetypecgi', async () => {
      const PATH = '/wxa/sec/order/setwxatradetypecgi';
      cannedReply(h.wechat, PATH, {});
      await expect(
        h.shipping.setWxaTradeType({
          tradeType: WxaTradeType.PhysicalGoods,
          materialList: [
            { type: TradeTypeMaterialType.Image, mediaId: 'MEDIA_1' },
            { type: TradeTypeMaterialType.Video, mediaId: 'MEDIA_2' },
          ],
          reason: '主营实物商品销售',
        }),
      ).resolves.toEqual({});
      expect(theOneShippingRequest(h, PATH).rawBody).toBe(
        '{"trade_type":2,"material_list":[{"type":1,"media_id":"MEDIA_1"},{"type":2,"media_id":"MEDIA_2"}],"reason":"主营实物商品销售"}',
      );
    });

    it('refuses a pre-sale report without delayTo before sending anything', async () => {
      await expect(
        h.shipping.opSpecialOrder({
          orderId: 'O',
          type: SpecialOrderType.PreSale,
        }),
      ).rejects.toBeInstanceOf(WechatValidationError);
      expect(h.wechat.requests.count()).toBe(0);
    });
  },
);
