import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';

/**
 * `shop` (§3.0): what the user's WeChat service notification shows. An empty
 * image or name, or a count of 0, is WeChat's 9300535 (refused here).
 * `detail_list` (the logistics assistant's form) is not taken: WeChat
 * refused it here (§7.12).
 */
export class LocalDeliveryShopDto {
  @TextField({
    description: 'Mini-program page the notification opens (the order page)',
    example: 'pages/order/detail?id=ORD-20261126-0001',
  })
  wxaPath!: string;

  @TextField({
    description: 'Goods thumbnail URL',
    example: 'https://example.com/goods.png',
  })
  imgUrl!: string;

  @TextField({ description: 'Goods name', example: '鸡翅套餐' })
  goodsName!: string;

  @IntegerField({ description: 'Goods count', example: 1, min: 1 })
  goodsCount!: number;

  @TextField({
    description:
      "A third party ordering from its own mini program for the merchant: the merchant's appid the notification links to",
    example: 'wx1234567890abcdef',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'optional',
  })
  wxaAppid?: string;
}
