import {
  DeliveryMode,
  LogisticsType,
  OrderNumberType,
  ShippingOrderState,
  WechatValidationError,
} from 'nestjs-wechat-logistics';
import { CONTRACT_CLIENTS, cannedReply } from '../../support/contract-harness';
import {
  theOneShippingRequest,
  useShippingHarness,
} from '../../support/shipping-harness';

const ORDER = '/wxa/sec/order';

/** shipping-info.md §4.3's example `order` (its elided ids filled in). */
const REFERENCE_ORDER = {
  transaction_id: 'fake-transid-123',
  merchant_trade_no: 'fake-tradeno-123',
  merchant_id: 'fake-mchid-123',
  sub_merchant_id: '',
  description: '🍌*1',
  paid_amount: 916,
  openid: 'fake-openid-123',
  trade_create_time: 1670563533,
  pay_time: 1670563533,
  in_complaint: false,
  order_state: 2,
  shipping: {
    delivery_mode: 1,
    logistics_type: 1,
    finish_shipping: true,
    finish_shipping_count: 1,
    goods_desc: '🍌*1',
    shipping_list: [
      {
        tracking_no: 'JT1234567890',
        express_company: 'JTSD',
        upload_time: 1670832735,
      },
    ],
  },
};

/** …and the camelCase result it maps to, field by field. */
const REFERENCE_ORDER_RESULT = {
  transactionId: 'fake-transid-123',
  merchantTradeNo: 'fake-tradeno-123',
  merchantId: 'fake-mchid-123',
  subMerchantId: '',
  description: '🍌*1',
  paidAmount: 916,
  openid: 'fake-openid-123',
  tradeCreateTime: 1670563533,
  payTime: 1670563533,
  inComplaint: false,
  orderState: ShippingOrderState.Shipped,
  shipping: {
    deliveryMode: DeliveryMode.Unified,
    logisticsType: LogisticsType.Express,
    finishShipping: true,
    finishShippingCount: 1,
    goodsDesc: '🍌*1',
    shippingList: [
      {
        trackingNo: 'JT1234567890',
        expressCompany: 'JTSD',
        goodsDesc: '',
        uploadTime: 1670832735,
      },
    ],
  },
};

describe.each(CONTRACT_CLIENTS)(
  'shipping order calls — over %s',
  (transport) => {
    const h = useShippingHarness({}, transport);

    describe('uploadCombinedShippingInfo (POST /wxa/sec/order/upload_combined_shipping_info)', () => {
      const PATH = `${ORDER}/upload_combined_shipping_info`;

      it('sends the parent key, each sub-order, upload_time and payer', async () => {
        cannedReply(h.wechat, PATH, {});
        await expect(
          h.shipping.uploadCombinedShippingInfo({
            orderKey: {
              orderNumberType: OrderNumberType.TransactionId,
              transactionId: '4200000000202311150000000009',
            },
            subOrders: [
              {
                orderKey: {
                  orderNumberType: OrderNumberType.TransactionId,
                  transactionId: '4200000000202311150000000001',
                },
                logisticsType: LogisticsType.Virtual,
                deliveryMode: DeliveryMode.Unified,
                shippingList: [{ itemDesc: '会员卡*1' }],
              },
            ],
            uploadTime: '2023-11-15T10:00:00.120+08:00',
            payer: { openid: 'oTestPayer0001' },
          }),
        ).resolves.toEqual({});
        expect(theOneShippingRequest(h, PATH).rawBody).toBe(
          '{"order_key":{"order_number_type":2,"transaction_id":"4200000000202311150000000009"},' +
            '"sub_orders":[{"order_key":{"order_number_type":2,"transaction_id":"4200000000202311150000000001"},' +
            '"logistics_type":3,"delivery_mode":1,"shipping_list":[{"item_desc":"会员卡*1"}]}],' +
            '"upload_time":"2023-11-15T10:00:00.120+08:00","payer":{"openid":"oTestPayer0001"}}',
        );
      });
    });

    describe('getOrder (POST /wxa/sec/order/get_order)', () => {
      const PATH = `${ORDER}/get_order`;

      it("sends the transaction id and maps the reference's example order to camelCase", async () => {
        cannedReply(h.wechat, PATH, { order: REFERENCE_ORDER });
        await expect(
          h.shipping.getOrder({ transactionId: 'fake-transid-123' }),
        ).resolves.toEqual({ order: REFERENCE_ORDER_RESULT });
        expect(theOneShippingRequest(h, PATH).rawBody).toBe(
          '{"transaction_id":"fake-transid-123"}',
        );
      });

      it('sends the merchant form with the top-level merchant_* names', async () => {
        cannedReply(h.wechat, PATH, { order: REFERENCE_ORDER });
        await h.shipping.getOrder({
          merchantId: '1900000109',
          subMerchantId: '1900000110',
          merchantTradeNo: 'ORD20231115001',
        });
        expect(theOneShippingRequest(h, PATH).body).toEqual({
          merchant_id: '1900000109',
          sub_merchant_id: '1900000110',
          merchant_trade_no: 'ORD20231115001',
        });
      });

      it('maps a payment not shipped yet ("shipping": {}) and keeps state 6 and contacts', async () => {
        cannedReply(h.wechat, PATH, {
          order: {
            ...REFERENCE_ORDER,
            order_state: 6,
            shipping: {},
          },
        });
        const unshipped = await h.shipping.getOrder({ transactionId: 't' });
        expect(unshipped.order.orderState).toBe(
          ShippingOrderState.AwaitingSettlement,
        );
        expect(unshipped.order.shipping).toEqual({
          finishShipping: false,
          finishShippingCount: 0,
          shippingList: [],
        });
      });

      it('refuses a query naming no payment before sending anything', async () => {
        await expect(h.shipping.getOrder({})).rejects.toBeInstanceOf(
          WechatValidationError,
        );
        expect(h.wechat.requests.count()).toBe(0);
      });
    });

    describe('getOrderList (POST /wxa/sec/order/get_order_list)', () => {
      const PATH = `${ORDER}/get_order_list`;

      it('sends the filters and cursor and maps the page', async () => {
        cannedReply(h.wechat, PATH, {
          order_list: [REFERENCE_ORDER],
          last_index: '092dd3cecbc6926301',
          has_more: true,
        });
        await expect(
          h.shipping.getOrderList({
            payTimeRange: { beginTime: 1670000000, endTime: 1671000000 },
            orderState: ShippingOrderState.Shipped,
            openid: 'fake-openid-123',
            lastIndex: '0000',
            pageSize: 50,
          }),
        ).resolves.toEqual({
          orderList: [REFERENCE_ORDER_RESULT],
          lastIndex: '092dd3cecbc6926301',
          hasMore: true,
        });
        expect(theOneShippingRequest(h, PATH).rawBody).toBe(
          '{"pay_time_range":{"begin_time":1670000000,"end_time":1671000000},"order_state":2,' +
            '"openid":"fake-openid-123","last_index":"0000","page_size":50}',
        );
      });

      it('sends {} for the first page of everything', async () => {
        cannedReply(h.wechat, PATH, { order_list: [], has_more: false });
        await expect(h.shipping.getOrderList()).resolves.toEqual({
          orderList: [],
          lastIndex: '',
          hasMore: false,
        });
        expect(theOneShippingRequest(h, PATH).rawBody).toBe('{}');
      });
    });

    describe('notifyConfirmReceive (POST /wxa/sec/order/notify_confirm_receive)', () => {
      const PATH = `${ORDER}/notify_confirm_receive`;

      it('sends the payment and received_time', async () => {
        cannedReply(h.wechat, PATH, {});
        await expect(
          h.shipping.notifyConfirmReceive({
            transactionId: '4200000000202311150000000001',
            receivedTime: 1700200000,
          }),
        ).resolves.toEqual({});
        expect(theOneShippingRequest(h, PATH).rawBody).toBe(
          '{"transaction_id":"4200000000202311150000000001","received_time":1700200000}',
        );
      });
    });
  },
);
