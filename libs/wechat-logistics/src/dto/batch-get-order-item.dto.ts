import { OrderIdField, TextField } from './fields/text-field.decorator';
import { PlainDto } from '../validation/plain-dto.decorator';

/** One order of a batchGetOrder request. */
@PlainDto()
export class BatchGetOrderItemDto {
  @OrderIdField()
  orderId!: string;

  @TextField({
    description: 'Carrier id; must match the waybill',
    example: 'TEST',
  })
  deliveryId!: string;

  @TextField({
    description: 'Waybill id returned by addOrder',
    example: 'TEST-WB-0001',
    presence: 'optional',
  })
  waybillId?: string;
}
