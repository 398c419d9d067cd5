import { Matches } from 'class-validator';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';
import { type Presence } from '../../core/validation/fields/presence';
import { WHEN_PRESENT } from '../../core/validation/required-if.decorator';
import { combine } from '../../core/validation/fields/presence';
import { WAYBILL_TOKEN_PATTERN } from '../waybill-token';

/**
 * A pattern is checked only on a value that is there: a missing field is
 * TextField's to report ("should not be empty"), once.
 */
const PATTERN_OPTIONS = WHEN_PRESENT;

/**
 * `openid`: the buyer under THIS mini program (an openid of another app is
 * answered 9300534). Letters, digits, `_` and `-` (real ones are 28
 * characters starting with `o`), at most 128 bytes.
 */
export const OpenidField = (presence: Presence = 'required') =>
  combine(
    TextField({
      description:
        "The buyer's openid under this mini program (an openid of another app is answered 9300534)",
      example: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      maxBytes: IDENTIFIER_MAX_BYTES,
      presence,
    }),
    Matches(/^[A-Za-z0-9_-]+$/, {
      ...PATTERN_OPTIONS,
      message: '$property may hold only letters, digits, _ and -',
    }),
  );

/**
 * `waybill_id`: the carrier's tracking number — the one addOrder returned, or
 * the one the carrier printed; never a `waybill_token` (the type refuses
 * one). Printable ASCII without spaces, at most 128 bytes.
 */
export const WaybillIdField = () =>
  combine(
    TextField({
      description:
        "The carrier's tracking number (运单号), as addOrder returned it; not a waybill token",
      example: 'YT2212345678901',
      maxBytes: IDENTIFIER_MAX_BYTES,
    }),
    Matches(/^[\x21-\x7e]+$/, {
      ...PATTERN_OPTIONS,
      message: '$property must be printable ASCII without spaces',
    }),
  );

/**
 * `delivery_id`: THIS family's carrier code, from getDeliveryList — not the
 * logistics assistant's (韵达 is `YD` here, `YUNDA` there). Codes may hold
 * punctuation (`(AU)` is Interparcel), so any printable ASCII without
 * spaces is accepted, at most 128 bytes.
 */
export const DeliveryIdField = () =>
  combine(
    TextField({
      description:
        "The carrier's code from getDeliveryList (this family's codes: 韵达 is YD, not the logistics assistant's YUNDA); improves recognition",
      example: 'YTO',
      maxBytes: IDENTIFIER_MAX_BYTES,
      presence: 'optional',
    }),
    Matches(/^[\x21-\x7e]+$/, {
      ...PATTERN_OPTIONS,
      message: '$property must be printable ASCII without spaces',
    }),
  );

/**
 * `waybill_token`: opaque; only a value that cannot be a token is refused
 * here (see WAYBILL_TOKEN_PATTERN). Which component issued it the type says,
 * not the value.
 */
export const WaybillTokenField = (component: 'trace' | 'follow') =>
  combine(
    TextField({
      description:
        component === 'trace'
          ? "The waybill_token traceWaybill returned (not followWaybill's, not the waybill id)"
          : "The waybill_token followWaybill returned (not traceWaybill's, not the waybill id)",
      example:
        'o_ARWHaxIxzWHmdui-AIw9KBr8qNnbmc08V0KhDyXE-IMLo6AcOqJkPsNLcLzfTb',
    }),
    Matches(WAYBILL_TOKEN_PATTERN, {
      ...PATTERN_OPTIONS,
      message:
        '$property must be a waybill_token: 1 to 512 printable ASCII characters without spaces',
    }),
  );
