import { UseInsured } from '../enums';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { IntegerField } from '../../core/validation/fields/number-field.decorators';

/**
 * Insurance (reference §2.4). Both fields required: the 2019 docs say so and
 * the carriers read both; WeChat's current table marking them optional is the
 * same generated-table artefact as for sender and receiver (§12.6).
 */
export class InsuredDto {
  @EnumField(UseInsured, 'UseInsured', {
    description: '0 = no insurance, 1 = insured',
    example: UseInsured.No,
  })
  useInsured!: UseInsured;

  @IntegerField({
    description: 'Insured amount in fen (分): 10000 = 100 CNY',
    example: 0,
  })
  insuredValue!: number;
}
