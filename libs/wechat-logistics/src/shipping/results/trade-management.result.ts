import { ApiField } from '../../core/validation/fields/api-field.decorator';

/** Result of `shipping.isTradeManaged`. */
export class IsTradeManagedResult {
  /** Whether the app is enrolled in order shipping management: its payments stay frozen until shipped and received. */
  @ApiField({
    type: Boolean,
    description:
      'Whether the app is enrolled: its payments stay frozen until shipped and received',
    example: true,
  })
  isTradeManaged!: boolean;
}

/** Result of `shipping.isTradeManagementConfirmationCompleted`. */
export class IsTradeManagementConfirmationCompletedResult {
  /** Whether every merchant id linked to the app has granted order management or been unbound. */
  @ApiField({
    type: Boolean,
    description:
      'Whether every merchant id linked to the app has authorised order management or been unbound',
    example: true,
  })
  completed!: boolean;
}
