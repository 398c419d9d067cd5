import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { WaybillDataItem } from './waybill-data-item';

/** Result of `logistics.addOrder`: the waybill WeChat created (or had already created for this order id). */
export class AddOrderResult {
  @ApiField({ example: 'ORDER-20261126-0001' })
  orderId!: string;

  @ApiField({
    description: "The carrier's waybill id",
    example: 'TEST1764140400123',
  })
  waybillId!: string;

  /** Carrier data for rendering the label. */
  @ApiField({
    type: () => [WaybillDataItem],
    description: 'Carrier data for rendering the label',
  })
  waybillData!: WaybillDataItem[];

  /** The carrier's result code, when WeChat passed one on. */
  @ApiField({
    type: 'integer',
    required: false,
    description: "The carrier's result code, when WeChat passed one on",
    example: 0,
  })
  deliveryResultcode?: number;

  /** The carrier's message, when WeChat passed one on. */
  @ApiField({
    required: false,
    description: "The carrier's message, when WeChat passed one on",
    example: '',
  })
  deliveryResultmsg?: string;
}
