import { PayerDto } from './payer.dto';
import { ShipmentDto } from './shipment.dto';
import { UploadTimeField } from './upload-time.field';
import { NestedField } from '../../core/validation/fields/nested-field.decorators';

/**
 * Input of `shipping.uploadShippingInfo`
 * (`POST /wxa/sec/order/upload_shipping_info`, reference §4.1): the shipment of
 * one payment, which unfreezes its money once the buyer confirms receipt.
 *
 * `uploadTime` must increase per payment: WeChat refuses a time not later than
 * the previous upload's with 268485216 (reference §3.8, §8 #7). That is the
 * server's rule, per payment, which this library cannot see: it checks the
 * format only (the emulator enforces the order).
 */
export class UploadShippingInfoDto extends ShipmentDto {
  @UploadTimeField()
  uploadTime!: Date | string;

  @NestedField(() => PayerDto, { description: "The payment's payer" })
  payer!: PayerDto;
}
