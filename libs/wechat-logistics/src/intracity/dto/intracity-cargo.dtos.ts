import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import { NestedListField } from '../../core/validation/fields/nested-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IntracityCargoType } from '../enums';
import { BoundedIntegerField, FenField } from './intracity.fields';

/** 50 kg: far above what a same-city courier carries, far below a unit slip (kg sent as mg). */
export const INTRACITY_MAX_CARGO_GRAMS = 50_000_000;

/** `cargo` of preAddOrder (§4.12): the parcel as the carrier prices it. */
export class IntracityCargoDto {
  @TextField({ description: 'Goods name', example: '蛋糕', maxCharacters: 256 })
  cargoName!: string;

  @BoundedIntegerField({
    description: 'Total weight in GRAMS (an integer: 1.5 kg is 1500)',
    example: 1500,
    min: 1,
    max: INTRACITY_MAX_CARGO_GRAMS,
  })
  cargoWeight!: number;

  @FenField('Total price of the goods', 0)
  cargoPrice!: number;

  @EnumField(IntracityCargoType, 'IntracityCargoType', {
    description:
      'What it is: 1 快餐, 2 药品, 3 百货, 6 生鲜, 8 酒品, 12 文件, 13 蛋糕, 14 鲜花, 15 数码, 16 服装, 17 汽配, 18 珠宝, 32 饮料, 36 证照, 55 宠物用品, 56 母婴用品, 57 美妆用品, 58 家居建材, 99 其他',
    example: IntracityCargoType.Cake,
  })
  cargoType!: IntracityCargoType;

  @IntegerField({ description: 'Number of items', example: 1, min: 1 })
  cargoNum!: number;
}

/** One line of `cargo.item_list` (§4.13): what the user sees on the tracking page. */
export class IntracityItemDto {
  @TextField({
    description: 'Item name',
    example: '生日蛋糕',
    maxCharacters: 256,
  })
  itemName!: string;

  @TextField({
    description: 'Item picture URL',
    example: 'https://example.com/cake.png',
    maxBytes: 1024,
  })
  itemPicUrl!: string;

  @IntegerField({ description: 'Quantity', example: 1, min: 1 })
  count!: number;
}

/** `cargo` of addOrder: the quote's cargo with the items shown to the user (at least one). */
export class IntracityOrderCargoDto extends IntracityCargoDto {
  @NestedListField(() => IntracityItemDto, {
    description: 'The goods shown to the user',
    minItems: 1,
  })
  itemList!: IntracityItemDto[];
}
