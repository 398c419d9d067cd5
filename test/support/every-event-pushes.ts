/**
 * One push of each kind a mini program's push URL receives: the five typed
 * events (both settlement shapes) and a user's text message, with the
 * reference's example fields (shipping-info.md §6, local-delivery.md §5.2,
 * wechat-logistics-api.md §7).
 */
import { type Format, pathUpdateFields } from './push-request';

const SYSTEM = {
  ToUserName: 'gh_0123456789ab',
  FromUserName: 'oSystem000000000000000000000',
  MsgType: 'event',
};
const PAYMENT = {
  transaction_id: '4200000000202311150000000001',
  merchant_id: '1900000109',
  sub_merchant_id: '',
  merchant_trade_no: 'ORD20231115001',
  pay_time: 1700000000,
};

export interface ExamplePush {
  /** What the test's handlers record for it. */
  readonly record: string;
  readonly fields: Record<string, unknown>;
  readonly format: Format;
}

export const EVERY_EVENT_PUSHES: readonly ExamplePush[] = [
  {
    record: 'add_express_path WB-ALL@1',
    fields: pathUpdateFields({
      orderId: 'O-ALL',
      waybillId: 'WB-ALL',
      version: 1,
    }),
    format: 'json',
  },
  {
    record: 'trade_manage_remind_access_api 1700000000',
    fields: {
      ...SYSTEM,
      CreateTime: 1700000000,
      Event: 'trade_manage_remind_access_api',
      msg: 'please integrate the shipping info API',
    },
    format: 'xml',
  },
  {
    record: 'trade_manage_remind_shipping 4200000000202311150000000001',
    fields: {
      ...SYSTEM,
      CreateTime: 1700172800,
      Event: 'trade_manage_remind_shipping',
      ...PAYMENT,
      msg: 'order unshipped for 48 hours',
    },
    format: 'json',
  },
  {
    record: 'trade_manage_order_settlement shipped',
    fields: {
      ...SYSTEM,
      CreateTime: 1700013600,
      Event: 'trade_manage_order_settlement',
      ...PAYMENT,
      shipped_time: 1700013600,
      estimated_settlement_time: 1700877600,
    },
    format: 'xml',
  },
  {
    record: 'trade_manage_order_settlement settled',
    fields: {
      ...SYSTEM,
      CreateTime: 1700300000,
      Event: 'trade_manage_order_settlement',
      ...PAYMENT,
      shipped_time: 1700013600,
      confirm_receive_method: 2,
      confirm_receive_time: 1700290000,
      settlement_time: 1700300000,
    },
    format: 'json',
  },
  {
    record: 'update_waybill_status ORD0001 102',
    fields: {
      ToUserName: 'gh_0123456789ab',
      FromUserName: 'oWxTeamFixedOpenId0000000000',
      CreateTime: 1700000100,
      MsgType: 'event',
      Event: 'update_waybill_status',
      shopid: 'test_shop_id',
      shop_order_id: 'ORD0001',
      shop_no: '',
      waybill_id: 'ORD0001_waybillid',
      action_time: 1700000100,
      order_status: 102,
      action_msg: '',
      agent: { name: '张三', phone: '13712345678' },
    },
    format: 'xml',
  },
];

/** A user's text message: no Event, no key to dedupe on. */
export const TEXT_MESSAGE: ExamplePush = {
  record: '* text hello',
  fields: {
    ToUserName: 'gh_0123456789ab',
    FromUserName: 'oUser0001',
    CreateTime: 1700000500,
    MsgType: 'text',
    Content: 'hello',
    MsgId: 1234567890123456,
  },
  format: 'xml',
};
