import { TextField } from '../../core/validation/fields/text-field.decorator';

/**
 * Neither is bounded in the reference. Generous figures, so no real goods
 * name or image URL is refused while a runaway value is (inference).
 */
const GOODS_NAME_MAX_BYTES = 512;
const GOODS_URL_MAX_BYTES = 2048;

/**
 * One returned item (`goods_list[]`, reference §3.7). The keys are `name` and
 * `url` — not family A's `goods_name` / `goods_img_url`. WeChat uses the
 * insured order's goods instead when the insurance carried them.
 */
export class ReturnGoodsDto {
  @TextField({
    description: 'Goods name',
    example: '咖啡豆 500g',
    maxBytes: GOODS_NAME_MAX_BYTES,
  })
  name!: string;

  @TextField({
    description: 'Goods image URL',
    example: 'https://example.com/coffee.png',
    maxBytes: GOODS_URL_MAX_BYTES,
  })
  url!: string;
}
