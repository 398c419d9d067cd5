import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { ShippingOrder } from './shipping-order.result';

/** Result of `shipping.getOrderList`: one page of payments. */
export class GetShippingOrderListResult {
  @ApiField({ type: () => [ShippingOrder] })
  orderList!: ShippingOrder[];

  /** Cursor for the next page: pass it as `lastIndex` while `hasMore` is true. */
  @ApiField({
    description: 'Cursor for the next page (pass as lastIndex)',
    example: '092dd3cecbc6926301',
  })
  lastIndex!: string;

  @ApiField({
    type: Boolean,
    description: 'Whether more pages follow',
    example: false,
  })
  hasMore!: boolean;
}
