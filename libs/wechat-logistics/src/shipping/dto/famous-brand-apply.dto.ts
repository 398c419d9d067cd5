import { FamousBrandApplicationDto } from './famous-brand-application.dto';
import { NestedField } from '../../core/validation/fields/nested-field.decorators';

/**
 * Input of `shipping.famousBrandApply` (`POST /wxa/sec/famousbrand/apply`,
 * reference §4.10). The wire key is `Application`, capital A (§8 #11): the
 * client sends `application` under that name.
 */
export class FamousBrandApplyDto {
  @NestedField(() => FamousBrandApplicationDto, {
    description: 'The application (sent as "Application")',
  })
  application!: FamousBrandApplicationDto;
}
