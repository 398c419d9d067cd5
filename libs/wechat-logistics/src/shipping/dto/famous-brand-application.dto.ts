import { FamousBrandApplyFor } from '../enums';
import { FamousBrandAuditInfoDto } from './famous-brand-audit-info.dto';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { NestedField } from '../../core/validation/fields/nested-field.decorators';
import { RequiredIf } from '../../core/validation/required-if.decorator';

/** `Application` of famousBrandApply (reference §4.10). */
export class FamousBrandApplicationDto {
  @EnumField(FamousBrandApplyFor, 'FamousBrandApplyFor', {
    description:
      '1 = famous brand (auditInfo required), 2 = already on the 小店 goods component',
    example: FamousBrandApplyFor.FamousBrand,
  })
  applyFor!: FamousBrandApplyFor;

  @NestedField(() => FamousBrandAuditInfoDto, {
    description: "The brand's details; required when applyFor is 1",
    presence: 'conditional',
  })
  @RequiredIf(
    (application: FamousBrandApplicationDto) =>
      application.applyFor === FamousBrandApplyFor.FamousBrand,
    'when applyFor is 1 (famous brand)',
  )
  auditInfo?: FamousBrandAuditInfoDto;
}
