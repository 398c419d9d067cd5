import { ApiField } from '../../core/validation/fields/api-field.decorator';

/** One carrier of `delivery_list` (§4.4). */
export class TrackingDeliveryCompany {
  /** This family's code (韵达 is `YD`; may hold punctuation, e.g. `(AU)`). */
  @ApiField({ type: String, example: 'YD' })
  deliveryId!: string;

  @ApiField({ type: String, example: '韵达速递' })
  deliveryName!: string;
}

/** Result of `tracking.getDeliveryList`: every carrier code this family (and upload_shipping_info's express_company) accepts. */
export class GetDeliveryListResult {
  @ApiField({ type: () => [TrackingDeliveryCompany] })
  deliveryList!: TrackingDeliveryCompany[];

  /** WeChat's `count` (1,379 in the docs, 1,510 in a 2023 reply); the list's length when WeChat leaves it out. */
  @ApiField({ type: 'integer', example: 1510 })
  count!: number;
}
