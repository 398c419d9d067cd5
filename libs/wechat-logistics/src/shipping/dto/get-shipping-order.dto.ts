import { PaymentQueryDto } from './payment-query.dto';

/** Input of `shipping.getOrder` (`POST /wxa/sec/order/get_order`, reference §4.3). */
export class GetShippingOrderDto extends PaymentQueryDto {}
