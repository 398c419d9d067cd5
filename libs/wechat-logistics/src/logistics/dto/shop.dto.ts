import { RequiredIf } from '../../core/validation/required-if.decorator';
import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import { NestedListField } from '../../core/validation/fields/nested-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { ShopDetailDto } from './shop-detail.dto';

/** The flat goods fields are WeChat's fallback when there is no item list. */
const withoutDetailList = (shop: ShopDto) =>
  !(Array.isArray(shop.detailList) && shop.detailList.length > 0);
const WHEN_NO_DETAIL_LIST = 'when detailList is empty or absent';

/**
 * Shown in the user's logistics notification and on the label (reference §2.3).
 * Either `detailList` or the flat `goodsName`, `imgUrl` and `goodsCount`;
 * an empty name or thumbnail, or a count of 0, is WeChat's 9300535.
 */
export class ShopDto {
  @TextField({
    description:
      'Mini program page the notification opens (the order page is suggested)',
    example: '/pages/order/detail?id=ORDER-1',
    presence: 'optional',
  })
  wxaPath?: string;

  @TextField({
    description: `Goods thumbnail URL; required ${WHEN_NO_DETAIL_LIST}`,
    example: 'https://example.com/coffee.png',
    presence: 'conditional',
  })
  @RequiredIf(withoutDetailList, WHEN_NO_DETAIL_LIST)
  imgUrl?: string;

  @TextField({
    description: `Goods name; required ${WHEN_NO_DETAIL_LIST}`,
    example: '咖啡豆',
    maxBytes: 128,
    presence: 'conditional',
  })
  @RequiredIf(withoutDetailList, WHEN_NO_DETAIL_LIST)
  goodsName?: string;

  @IntegerField({
    description: `Number of goods; required ${WHEN_NO_DETAIL_LIST} (WeChat counts detailList otherwise)`,
    example: 2,
    min: 1,
    presence: 'conditional',
  })
  @RequiredIf(withoutDetailList, WHEN_NO_DETAIL_LIST)
  goodsCount?: number;

  @NestedListField(() => ShopDetailDto, {
    description: 'Goods, one item each (the newer form WeChat recommends)',
    presence: 'optional',
  })
  detailList?: ShopDetailDto[];
}
