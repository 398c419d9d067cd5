import { CargoDetailDto } from './cargo-detail.dto';
import { DecimalField, IntegerField } from '../../core/validation/fields/number-field.decorators';
import { NestedListField } from '../../core/validation/fields/nested-field.decorators';

/**
 * What the carrier picks up (reference §2.2). Weight and sizes may have a
 * fraction (WeChat's own examples use 5.5 kg; WxJava's Integer is an SDK bug).
 */
export class CargoDto {
  @IntegerField({ description: 'Number of parcels', example: 1, min: 1 })
  count!: number;

  @DecimalField({ description: 'Total weight, kg', example: 1.2 })
  weight!: number;

  @DecimalField({ description: 'Length, cm', example: 30.5 })
  spaceX!: number;

  @DecimalField({ description: 'Width, cm', example: 20 })
  spaceY!: number;

  @DecimalField({ description: 'Height, cm', example: 15 })
  spaceZ!: number;

  @NestedListField(() => CargoDetailDto, {
    description: 'The goods in the parcel (at least one)',
    minItems: 1,
  })
  detailList!: CargoDetailDto[];
}
