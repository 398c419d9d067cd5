import { ShippingContactDto } from './shipping-contact.dto';
import { NestedField } from '../../core/validation/fields/nested-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { RequiredIf } from '../../core/validation/required-if.decorator';

/** tracking_no and express_company: 1–128 bytes (reference §3.2; 10060026 / 10060025 beyond). */
const WAYBILL_FIELD_MAX_BYTES = 128;

/**
 * `item_desc`: ≤ 120 characters (reference §3.2). Counted in characters, not
 * bytes — the reference says characters and WeChat's own emulator guidance
 * counts code points — so `微信红包抱枕*1个` is 9, not 25.
 */
export const ITEM_DESC_MAX_CHARACTERS = 120;

/** SF (顺丰)'s carrier code: its packages need a masked contact phone (reference §3.2). */
export const SF_EXPRESS_COMPANY = 'SF';

/**
 * One package of `shipping_list` (reference §3.2) — one item per parcel, not per
 * product. `trackingNo` and `expressCompany` are required for express
 * (logisticsType 1); the upload DTO checks that, since it knows the type.
 */
export class ShippingItemDto {
  @TextField({
    description:
      'Waybill number; required for express (logisticsType 1), 1–128 bytes',
    example: 'SF1234567890123',
    maxBytes: WAYBILL_FIELD_MAX_BYTES,
    presence: 'optional',
  })
  trackingNo?: string;

  // Carrier codes are delivery_id values of open_msg/get_delivery_list
  // (reference §3.9): SF, STO, YD, YTO, ZTO, JTSD, DHL… Not checked against a
  // list here: WeChat publishes ~1,400 and nothing says it checks them either.
  @TextField({
    description:
      'Carrier code from get_delivery_list (SF, YTO, ZTO, JTSD…); required for express (logisticsType 1), 1–128 bytes. For intracity it may hold the company name',
    example: 'SF',
    maxBytes: WAYBILL_FIELD_MAX_BYTES,
    presence: 'optional',
  })
  expressCompany?: string;

  @TextField({
    description:
      'What the package holds, e.g. 微信红包抱枕*1个; shown to the buyer',
    example: '保温杯*1',
    maxCharacters: ITEM_DESC_MAX_CHARACTERS,
  })
  itemDesc!: string;

  @NestedField(() => ShippingContactDto, {
    description:
      'Masked contact phone; required when expressCompany is SF (顺丰)',
    presence: 'conditional',
  })
  @RequiredIf<ShippingItemDto>(
    (item) => item.expressCompany === SF_EXPRESS_COMPANY,
    'when expressCompany is SF (顺丰)',
  )
  contact?: ShippingContactDto;
}
