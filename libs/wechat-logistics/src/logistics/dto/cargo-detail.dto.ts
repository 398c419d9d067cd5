import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';

/** One kind of goods in the parcel (`cargo.detail_list[]`). */
export class CargoDetailDto {
  @TextField({ description: 'Goods name', example: '咖啡豆', maxBytes: 128 })
  name!: string;

  @IntegerField({ description: 'Quantity', example: 2, min: 1 })
  count!: number;
}
