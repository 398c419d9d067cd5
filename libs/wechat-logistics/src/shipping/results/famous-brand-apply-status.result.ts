import { ApiField } from '../../core/validation/fields/api-field.decorator';
import {
  type FamousBrandApplyFor,
  type FamousBrandApplyStatus,
} from '../enums';

export class FamousBrandProgress {
  /** 1 under review, 2 rejected, 3 approved. */
  @ApiField({
    type: 'integer',
    description: '1 under review, 2 rejected, 3 approved',
    example: 1,
  })
  status!: FamousBrandApplyStatus | number;
}

export class FamousBrandAuditResult {
  /** Why it was rejected; only when rejected. */
  @ApiField({
    required: false,
    description: 'Only when rejected',
    example: '材料不清晰',
  })
  auditReason?: string;
}

export class FamousBrandApplicationStatus {
  @ApiField({
    type: 'integer',
    description: '1 famous brand, 2 小店 goods component',
    example: 1,
  })
  applyFor!: FamousBrandApplyFor | number;

  @ApiField({
    type: 'integer',
    description: '1 under review, 2 rejected, 3 approved',
    example: 1,
  })
  status!: FamousBrandApplyStatus | number;

  @ApiField({ type: () => FamousBrandAuditResult })
  auditInfo!: FamousBrandAuditResult;
}

/** Result of `shipping.getFamousBrandApplyStatus`. */
export class GetFamousBrandApplyStatusResult {
  @ApiField({ type: () => FamousBrandProgress })
  progress!: FamousBrandProgress;

  @ApiField({ type: () => FamousBrandApplicationStatus })
  application!: FamousBrandApplicationStatus;
}
