import { NestedField } from '../../core/validation/fields/nested-field.decorators';
import { type AddOrderDto } from '../../logistics/dto/add-order.dto';
import {
  OrderIdField,
  TextField,
} from '../../core/validation/fields/text-field.decorator';
import { OrderKeyDto } from '../../shipping/dto/order-key.dto';
import { ITEM_DESC_MAX_CHARACTERS } from '../../shipping/dto/shipping-item.dto';
import { OpenidField } from '../../waybill-tracking/dto/tracking-identifiers';
import { ShipmentPaymentField } from './shipment-payment.dto';
import { ShipmentTrackingDto } from './shipment-tracking.dto';
import { ShipmentWaybillDto } from './shipment-waybill.dto';

/**
 * Input of `shipments.ship`: what a merchant's "ship" button means. Each
 * part carries the rules of the call it feeds (addOrder, upload_shipping_info,
 * follow/trace_waybill), all checked before anything is sent.
 */
export class ShipOrderDto {
  /** The merchant's order id: addOrder's, and the key that makes `ship` idempotent (per app). */
  @OrderIdField()
  orderId!: string;

  @NestedField(() => ShipmentWaybillDto, {
    description: "addOrder's input without orderId",
  })
  waybill!: ShipmentWaybillDto;

  @NestedField(() => OrderKeyDto, {
    description:
      'The payment to release: { transactionId } or { mchid, outTradeNo }',
  })
  @ShipmentPaymentField()
  payment!: OrderKeyDto;

  @OpenidField()
  payerOpenid!: string;

  @TextField({
    description: 'What the parcel holds, e.g. 保温杯*1; shown to the buyer',
    example: '保温杯*1',
    maxCharacters: ITEM_DESC_MAX_CHARACTERS,
  })
  itemDesc!: string;

  @NestedField(() => ShipmentTrackingDto, {
    description: 'Register the waybill for the buyer’s tracking; omit to skip',
    presence: 'optional',
  })
  tracking?: ShipmentTrackingDto;
}

/**
 * What `ship` takes, as a caller writes it: {@link ShipOrderDto}'s fields,
 * with the waybill as addOrder's input without `orderId` and the payment as
 * `{ transactionId }` or `{ mchid, outTradeNo }` (the order-number type
 * follows from the form). Checked against ShipOrderDto before anything is sent.
 */
export type ShipOrderInput = Omit<ShipOrderDto, 'waybill' | 'payment'> & {
  waybill: Omit<AddOrderDto, 'orderId'>;
  payment: { transactionId: string } | { mchid: string; outTradeNo: string };
};
