import { toSnakeKeys } from '../../core/wire/key-case';
import { CrossFieldRule } from '../../core/validation/cross-field-rule.decorator';
import {
  NestedField,
  NestedListField,
} from '../../core/validation/fields/nested-field.decorators';
import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { DecimalIn, YUAN } from './local-delivery.fields';

/** One line of `cargo.goods_detail.goods` (§3.0). */
export class LocalDeliveryGoodsDto {
  @IntegerField({ description: 'Quantity', example: 2, min: 1 })
  goodCount!: number;

  @TextField({ description: 'Name', example: '鸡翅' })
  goodName!: string;

  @DecimalIn({
    ...YUAN,
    description: 'Unit price',
    example: 12.5,
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    presence: 'optional',
  })
  goodPrice?: number;

  @TextField({
    description: 'Unit',
    example: '份',
    maxCharacters: 20,
    presence: 'optional',
  })
  goodUnit?: string;
}

export class LocalDeliveryGoodsDetailDto {
  @NestedListField(() => LocalDeliveryGoodsDto, {
    description: 'The goods (at least one)',
    minItems: 1,
  })
  goods!: LocalDeliveryGoodsDto[];
}

/** WeChat's limit on `goods_detail` as it is sent (JSON text). */
export const GOODS_DETAIL_MAX_CHARACTERS = 10240;

/**
 * `cargo` (§3.0): value in yuan (0, 5000], weight in kg (0, 50], sizes in
 * cm, the category pair from WeChat's immediate-delivery table (930570 when
 * WeChat does not know it; the table is not published).
 */
export class LocalDeliveryCargoDto {
  @DecimalIn({
    ...YUAN,
    description: 'Goods value',
    example: 38.5,
    min: 0,
    minExclusive: true,
    max: 5000,
  })
  goodsValue!: number;

  @DecimalIn({
    unit: 'kg',
    decimals: 2,
    description: 'Goods weight',
    example: 1.2,
    min: 0,
    minExclusive: true,
    max: 50,
  })
  goodsWeight!: number;

  @DecimalIn({
    unit: 'cm',
    decimals: 2,
    description: 'Height',
    example: 10,
    min: 0,
    minExclusive: true,
    max: 45,
    presence: 'optional',
  })
  goodsHeight?: number;

  @DecimalIn({
    unit: 'cm',
    decimals: 2,
    description: 'Length',
    example: 30,
    min: 0,
    minExclusive: true,
    max: 65,
    presence: 'optional',
  })
  goodsLength?: number;

  @DecimalIn({
    unit: 'cm',
    decimals: 2,
    description: 'Width',
    example: 20,
    min: 0,
    minExclusive: true,
    max: 50,
    presence: 'optional',
  })
  goodsWidth?: number;

  @NestedField(() => LocalDeliveryGoodsDetailDto, {
    description: `The goods, itemised (≤ ${GOODS_DETAIL_MAX_CHARACTERS} characters as sent)`,
    presence: 'optional',
  })
  @CrossFieldRule(
    'goodsDetailSize',
    (value) =>
      JSON.stringify(toSnakeKeys(value)).length <= GOODS_DETAIL_MAX_CHARACTERS,
    (value) =>
      `must be at most ${GOODS_DETAIL_MAX_CHARACTERS} characters as sent (got ${JSON.stringify(toSnakeKeys(value)).length})`,
  )
  goodsDetail?: LocalDeliveryGoodsDetailDto;

  @TextField({
    description: 'Pickup note for the rider',
    example: '到店找前台',
    maxCharacters: 100,
    presence: 'optional',
  })
  goodsPickupInfo?: string;

  @TextField({
    description: 'Delivery note for the rider',
    example: '放门口',
    maxCharacters: 100,
    presence: 'optional',
  })
  goodsDeliveryInfo?: string;

  @TextField({ description: 'Category, level 1', example: '美食夜宵' })
  cargoFirstClass!: string;

  @TextField({ description: 'Category, level 2', example: '零食小吃' })
  cargoSecondClass!: string;
}
