import { ApiField } from '../../core/validation/fields/api-field.decorator';

/** Result of `logistics.getQuota`. */
export class GetQuotaResult {
  /** Remaining e-waybills of the account. */
  @ApiField({
    type: 'integer',
    description: 'Remaining e-waybills of the account',
    example: 100,
  })
  quotaNum!: number;
}
