import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { ShippingOrder } from './shipping-order.result';

/** Result of `shipping.getOrder`: the payment and what was shipped for it. */
export class GetShippingOrderResult {
  @ApiField({ type: () => ShippingOrder })
  order!: ShippingOrder;
}
