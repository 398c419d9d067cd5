import {
  NestedField,
  NestedListField,
} from '../../core/validation/fields/nested-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IsAsciiHttpUrl } from './tracking-field-rules';

/** No figure in the reference; a CDN URL with its signature fits well within it (inference). */
export const GOODS_IMG_URL_MAX_BYTES = 1024;

/**
 * At most 10 goods. Not documented: a staff answer (reference §3.1, one
 * community thread, 2023) told a user whose longer list got `-1 system
 * error` from follow_waybill to send fewer than 10; the boundary itself is
 * unverified. 10 is accepted here, 11 refused before anything is sent.
 */
export const MAX_WAYBILL_GOODS = 10;

/** A goods name on the tracking card (reference §3.1). */
export const GOODS_NAME_MAX_CHARACTERS = 60;

/** One item of `goods_info.detail_list` (reference §3.1). */
export class WaybillGoodsItemDto {
  @TextField({
    description: 'Goods name shown on the tracking card',
    example: '保温杯',
    maxCharacters: GOODS_NAME_MAX_CHARACTERS,
  })
  goodsName!: string;

  @TextField({
    description:
      'Goods image: an http:// or https:// URL of printable ASCII (WeChat answers 9300561 for non-ASCII URLs and some hosts)',
    example: 'https://img.example.com/goods/cup.jpg',
    maxBytes: GOODS_IMG_URL_MAX_BYTES,
  })
  @IsAsciiHttpUrl()
  goodsImgUrl!: string;

  /**
   * Shown on the card; WeChat uses goodsName when absent. Documented for
   * follow_waybill and by older trace_waybill pages, missing from the current
   * trace_waybill table (§8.5): sending it is harmless.
   */
  @TextField({
    description: 'Goods description shown on the card; defaults to goodsName',
    example: '304 不锈钢 500ml',
    maxCharacters: 40,
    presence: 'optional',
  })
  goodsDesc?: string;
}

/** `goods_info`: an object wrapping `detail_list`, never a bare array (§3.1). */
export class WaybillGoodsInfoDto {
  @NestedListField(() => WaybillGoodsItemDto, {
    description: `The goods of the parcel, 1 to ${MAX_WAYBILL_GOODS} items (the upper bound is a WeChat staff statement, not documented)`,
    minItems: 1,
    maxItems: MAX_WAYBILL_GOODS,
  })
  detailList!: WaybillGoodsItemDto[];
}

/** `goodsInfo` of every call that sends goods. */
export const GoodsInfoField = (): PropertyDecorator =>
  NestedField(() => WaybillGoodsInfoDto, {
    description: 'The goods shown on the tracking card: { detailList: [...] }',
  });
