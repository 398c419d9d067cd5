import { ApiField } from '../../core/validation/fields/api-field.decorator';
import {
  type DeliveryMode,
  type LogisticsType,
  type ShippingOrderState,
} from '../enums';

/** A package's `contact` as WeChat stored it: masked phones. */
export class ShippingOrderContact {
  @ApiField({ required: false, example: '189****1234' })
  consignorContact?: string;

  @ApiField({ required: false, example: '138****5678' })
  receiverContact?: string;
}

/** One package of a payment's `shipping.shipping_list` (reference §3.5). */
export class ShippingOrderPackage {
  /** Waybill number; `''` for non-express shipments. */
  @ApiField({
    description: "Waybill number; '' for non-express shipments",
    example: 'JT1234567890',
  })
  trackingNo!: string;

  /** Carrier code, or an intracity company's name; may be `''`. */
  @ApiField({
    description: "Carrier code, or an intracity company's name; may be ''",
    example: 'JTSD',
  })
  expressCompany!: string;

  /** The `itemDesc` uploaded for this package. */
  @ApiField({ description: 'The itemDesc uploaded', example: '🍌*1' })
  goodsDesc!: string;

  /** When it was uploaded, Unix **seconds** (the upload sends RFC 3339; WeChat answers seconds, §8 #10). */
  @ApiField({
    type: 'integer',
    description: 'When it was uploaded, Unix seconds',
    example: 1670832735,
  })
  uploadTime!: number;

  @ApiField({ type: () => ShippingOrderContact, required: false })
  contact?: ShippingOrderContact;
}

/**
 * A payment's `shipping` (reference §3.5). Before anything is shipped WeChat
 * sends `{}`: `shippingList` is then `[]`, `finishShipping` false, and the
 * mode and type are absent.
 */
export class ShippingOrderShipping {
  /** 1 unified, 2 split; absent before anything shipped. */
  @ApiField({
    type: 'integer',
    required: false,
    description: '1 unified, 2 split; absent before anything shipped',
    example: 1,
  })
  deliveryMode?: DeliveryMode | number;

  /** 1 express, 2 intracity, 3 virtual, 4 self-pickup; absent before anything shipped. */
  @ApiField({
    type: 'integer',
    required: false,
    description:
      '1 express, 2 intracity, 3 virtual, 4 self-pickup; absent before anything shipped',
    example: 1,
  })
  logisticsType?: LogisticsType | number;

  /** Whether every package has shipped. */
  @ApiField({ type: Boolean, example: true })
  finishShipping!: boolean;

  /** 0 not finished, 1 finished, 2 finished again after the one re-ship. */
  @ApiField({
    type: 'integer',
    description:
      '0 not finished, 1 finished, 2 finished again after the one re-ship',
    example: 1,
  })
  finishShippingCount!: number;

  /** Description typed on the MP admin page (manual entry); absent otherwise. */
  @ApiField({
    required: false,
    description: 'Description typed on the MP admin page (manual entry)',
    example: '🍌*1',
  })
  goodsDesc?: string;

  @ApiField({ type: () => [ShippingOrderPackage] })
  shippingList!: ShippingOrderPackage[];

  /** Undocumented; seen as 2 in a real response (reference §3.5). Passed on when present. */
  @ApiField({
    type: 'integer',
    required: false,
    description: 'Undocumented; passed on when WeChat sends it',
    example: 2,
  })
  uploadScene?: number;
}

/** One payment as `get_order` / `get_order_list` describe it (reference §3.5). */
export class ShippingOrder {
  @ApiField({ example: '4200000000202311150000000001' })
  transactionId!: string;

  /** Merchant id that took the payment. */
  @ApiField({ example: '1900000109' })
  merchantId!: string;

  /** Second-level merchant id; `''` when none. */
  @ApiField({
    description: "Second-level merchant id; '' when none",
    example: '',
  })
  subMerchantId!: string;

  @ApiField({ example: 'ORD20231115001' })
  merchantTradeNo!: string;

  /** Every goods description joined by `;`, cut at 120 characters with `...`. */
  @ApiField({
    description:
      "Every goods description joined by ';', cut at 120 characters with '...'",
    example: '🍌*1',
  })
  description!: string;

  /** Amount actually paid, in **fen** (分). */
  @ApiField({
    type: 'integer',
    description: 'Amount paid, fen (分)',
    example: 916,
  })
  paidAmount!: number;

  /** The payer's openid. */
  @ApiField({ example: 'oTestPayer0001' })
  openid!: string;

  /** Trade creation, Unix seconds (0 has been seen). */
  @ApiField({ type: 'integer', example: 1670563533 })
  tradeCreateTime!: number;

  /** Payment time, Unix seconds. */
  @ApiField({ type: 'integer', example: 1670563533 })
  payTime!: number;

  /**
   * 1 待发货, 2 已发货, 3 确认收货, 4 交易完成, 5 已退款, 6 资金待结算 (see
   * `SHIPPING_ORDER_STATE_NAMES`); a state WeChat adds later is passed on as it came.
   */
  @ApiField({
    type: 'integer',
    description:
      '1 待发货, 2 已发货, 3 确认收货, 4 交易完成, 5 已退款, 6 资金待结算',
    example: 2,
  })
  orderState!: ShippingOrderState | number;

  /** Whether the order is in a dispute (投诉). */
  @ApiField({ type: Boolean, example: false })
  inComplaint!: boolean;

  @ApiField({ type: () => ShippingOrderShipping })
  shipping!: ShippingOrderShipping;
}
