import { PayerDto } from './payer.dto';
import { OrderKeyDto } from './order-key.dto';
import { ShipmentDto } from './shipment.dto';
import { UploadTimeField } from './upload-time.field';
import {
  NestedField,
  NestedListField,
} from '../../core/validation/fields/nested-field.decorators';
import { CrossFieldRule } from '../../core/validation/cross-field-rule.decorator';

/** The order key's identity, to find a sub-order listed twice (10060013). */
function keyOf(key: Partial<OrderKeyDto> | undefined): string {
  return JSON.stringify([
    key?.orderNumberType,
    key?.transactionId,
    key?.mchid,
    key?.outTradeNo,
  ]);
}

/**
 * Input of `shipping.uploadCombinedShippingInfo`
 * (`POST /wxa/sec/order/upload_combined_shipping_info`, reference §4.2): the
 * shipments of a combined (合单) payment, one per sub-payment, each with
 * §4.1's rules. Only for 合单 payments: a single payment sent here is refused
 * with a misleading "split not allowed" (COMM-STAFF).
 */
export class UploadCombinedShippingInfoDto {
  @NestedField(() => OrderKeyDto, {
    description: 'The combined (parent) payment',
  })
  orderKey!: OrderKeyDto;

  // Marked optional in WeChat's table, but nothing is shipped without it
  // (reference §4.2, inference): required here. Each sub-order's key must use
  // the parent's order_number_type (268485253) and appear once (10060013) —
  // both from the older page only, and cheap to check.
  @NestedListField(() => ShipmentDto, {
    description:
      "One shipment per sub-payment; each sub-order's orderKey uses the parent's orderNumberType",
    minItems: 1,
  })
  @CrossFieldRule<UploadCombinedShippingInfoDto>(
    'subOrdersShareKeyType',
    (list, dto) =>
      !Array.isArray(list) ||
      list.every(
        (sub: Partial<ShipmentDto> | undefined) =>
          sub?.orderKey?.orderNumberType === undefined ||
          sub.orderKey.orderNumberType === dto.orderKey?.orderNumberType,
      ),
    "items' orderKey.orderNumberType must equal the parent orderKey's",
  )
  @CrossFieldRule<UploadCombinedShippingInfoDto>(
    'subOrdersUnique',
    (list) =>
      !Array.isArray(list) ||
      new Set(
        list.map((sub: Partial<ShipmentDto> | undefined) =>
          keyOf(sub?.orderKey),
        ),
      ).size === list.length,
    'must not list the same sub-payment twice',
  )
  subOrders!: ShipmentDto[];

  @UploadTimeField()
  uploadTime!: Date | string;

  @NestedField(() => PayerDto, { description: "The payment's payer" })
  payer!: PayerDto;
}
