import { OrderIdField, TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';

/** One order of a batchGetOrder request. */
export class BatchGetOrderItemDto {
  @OrderIdField()
  orderId!: string;

  @TextField({
    description: 'Carrier id; must match the waybill',
    example: 'TEST',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  deliveryId!: string;

  @TextField({
    description: 'Waybill id returned by addOrder',
    example: 'TEST-WB-0001',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'optional',
  })
  waybillId?: string;
}
