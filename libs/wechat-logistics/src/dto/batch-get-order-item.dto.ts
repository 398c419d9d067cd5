import { TextField } from './fields/text-field.decorator';

/** One order of a batchGetOrder request. */
export class BatchGetOrderItemDto {
  @TextField({
    description: 'Merchant order id given to addOrder',
    example: 'ORDER-20261126-0001',
    maxBytes: 512,
  })
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
