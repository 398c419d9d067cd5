import {
  NestedField,
  NestedListField,
} from '../../core/validation/fields/nested-field.decorators';
import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';
import { PersonDto } from '../../logistics/dto/person.dto';
import { OrderPathField } from './order-path.field';
import { ReturnBuyerAddressDto } from './return-buyer-address.dto';
import { ReturnGoodsDto } from './return-goods.dto';

/**
 * Not documented for returns. The only figure in this product area is
 * family A's: a goods list longer than about 10 items answered -1 (staff
 * advice, reference §3.1). Sending more risks that opaque -1; a larger return
 * can be split over several shop order ids, as §5.1 suggests for several
 * returns of one order.
 */
export const RETURN_GOODS_MAX_ITEMS = 10;

/**
 * Input of `returns.legacyAddReturnId` (`/return/add`, reference §5.4), and
 * every field of the current addReturnId but `wxPayId`.
 *
 * `bizAddr` is the logistics assistant's PersonDto: §3.6 has the same ten
 * fields and byte limits, and its practical rule (§8 #9) is PersonDto's:
 * name, tel or mobile, province, city, area and address required; country,
 * company and post code optional.
 */
export class LegacyAddReturnIdDto {
  @TextField({
    description:
      "The merchant's own return number, one return id each (a second add answers 9300522). For several returns of one order, use one shop order id per return",
    example: 'RET-20260101-0001',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  shopOrderId!: string;

  @NestedField(() => PersonDto, {
    description:
      "Merchant's return address: name, tel or mobile, province, city, area and address required",
  })
  bizAddr!: PersonDto;

  @NestedField(() => ReturnBuyerAddressDto, {
    description: "Buyer's original delivery address; every field optional",
    presence: 'optional',
  })
  userAddr?: ReturnBuyerAddressDto;

  @TextField({
    description:
      "Buyer's openid in this mini program; WeChat messages them the return",
    example: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  openid!: string;

  @OrderPathField()
  orderPath!: string;

  @NestedListField(() => ReturnGoodsDto, {
    description: `Returned goods, 1 to ${RETURN_GOODS_MAX_ITEMS} items ({ name, url })`,
    minItems: 1,
    maxItems: RETURN_GOODS_MAX_ITEMS,
  })
  goodsList!: ReturnGoodsDto[];

  // The official page states no unit; WxJava and SKIT say fen, and the
  // example's 1 reads as one fen (reference §8 #10). Whole fen, 0 allowed
  // for a free item.
  @IntegerField({
    description: 'Price of the returned order in fen (分), a whole number',
    example: 1990,
  })
  orderPrice!: number;
}
