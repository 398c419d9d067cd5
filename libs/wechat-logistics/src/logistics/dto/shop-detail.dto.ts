import { TextField } from '../../core/validation/fields/text-field.decorator';

/**
 * One item of the multi-goods shop form (`shop.detail_list[]`). WeChat's current
 * docs mark all three fields required, WxJava marks them optional: we follow
 * WeChat. The 128-byte name limit is the flat `goods_name`'s; no byte limit is
 * documented for these (WxJava's "40 characters" is one unconfirmed source).
 */
export class ShopDetailDto {
  @TextField({ description: 'Goods name', example: '咖啡豆', maxBytes: 128 })
  goodsName!: string;

  @TextField({
    description: 'Goods thumbnail URL',
    example: 'https://example.com/coffee.png',
  })
  goodsImgUrl!: string;

  @TextField({ description: 'Goods description', example: '云南小粒 500g' })
  goodsDesc!: string;
}
