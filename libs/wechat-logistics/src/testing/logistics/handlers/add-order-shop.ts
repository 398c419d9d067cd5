import {
  isInteger,
  isJsonObject,
  isNonEmptyString,
  isOptionalString,
} from '../../http/json-values';

/** An App/H5 appid: "wx" and 16 hex digits, like every mini program or app id. */
export const WX_APPID_FORMAT = /^wx[0-9a-f]{16}$/;

const isImageUrl = (value: unknown): boolean =>
  typeof value === 'string' && /^https?:\/\/\S+$/.test(value);

/**
 * §2.3 shop rules (9300535): with goods in `detail_list` each needs a name and
 * an image (goods_desc is optional, per WXJ against OFF-NEW); without them the
 * flat thumbnail, name and a count >= 1 are required. A count of 0 is refused
 * in either form. An absent shop is valid (only allowed when add_source = 2).
 */
export function isValidShop(shop: unknown): boolean {
  if (shop === undefined) return true;
  if (!isJsonObject(shop)) return false;
  const count = shop['goods_count'];
  if (count !== undefined && !(isInteger(count) && count >= 1)) return false;
  if (!isOptionalString(shop['wxa_path'])) return false;

  const details = shop['detail_list'];
  if (details !== undefined && !Array.isArray(details)) return false;
  if (Array.isArray(details) && details.length > 0) {
    return details.every(
      (detail) =>
        isJsonObject(detail) &&
        isNonEmptyString(detail['goods_name']) &&
        isImageUrl(detail['goods_img_url']) &&
        isOptionalString(detail['goods_desc']),
    );
  }
  return (
    isImageUrl(shop['img_url']) &&
    isNonEmptyString(shop['goods_name']) &&
    count !== undefined
  );
}
