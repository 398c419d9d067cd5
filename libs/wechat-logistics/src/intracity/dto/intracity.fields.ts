import { IsBoolean, IsUrl, Matches, ValidateBy } from 'class-validator';
import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import {
  type Presence,
  combine,
  presenceParts,
} from '../../core/validation/fields/presence';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';
import { IsIntegerAtMost } from '../../core/validation/number-at-most.decorator';
import { IsNumberAtLeast } from '../../core/validation/number-at-least.decorators';
import { IsUnixSeconds } from '../../core/validation/is-unix-seconds.decorator';
import { IntracityCarrierId, IntracityPayer } from '../enums';

/**
 * Phone forms WeChat takes (intracity.md §1): an 11-digit mainland mobile,
 * or a landline with its area code (`020-8080880`; the hyphen optional).
 */
export const INTRACITY_PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

export function PhoneField(description: string): PropertyDecorator {
  return combine(
    TextField({ description, example: '13800138000', maxBytes: 32 }),
    Matches(INTRACITY_PHONE, {
      message:
        '$property must be an 11-digit mobile number or a landline with its area code (e.g. 020-8080880)',
    }),
  );
}

/** `wx_store_id`: WeChat's store id, a 19-digit string (kept a string end to end). */
export function WxStoreIdField(
  presence: Presence = 'required',
): PropertyDecorator {
  return TextField({
    description:
      "WeChat's store id from createStore (a long digit string: keep it a string)",
    example: '4000000000000042001',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence,
  });
}

/** `out_store_id`: the merchant's own store id, unique per mini program (934010), even after deletion. */
export function OutStoreIdField(
  presence: Presence = 'required',
): PropertyDecorator {
  return TextField({
    description:
      'Your own store id, unique within the mini program for good (reusing one, even after deleting the store in the console, answers 934010)',
    example: 'store-0001',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence,
  });
}

/** `store_order_id`: the merchant's order id; the same id re-enters (a second addOrder answers 934002). */
export function StoreOrderIdField(
  presence: Presence = 'required',
): PropertyDecorator {
  return TextField({
    description:
      'Your own order id, unique within the store; the idempotency key of addOrder (the same id again answers 934002). Treat it as single-use.',
    example: 'ORD-20261126-0001',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence,
  });
}

/** `wx_order_id`: WeChat's order id (a long digit string). */
export function WxOrderIdField(
  presence: Presence = 'required',
): PropertyDecorator {
  return TextField({
    description:
      "WeChat's order id from addOrder (a long digit string: keep it a string)",
    example: '4018734875633256960',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence,
  });
}

export function CarrierField(
  description: string,
  presence: Presence = 'required',
): PropertyDecorator {
  return EnumField(IntracityCarrierId, 'IntracityCarrierId', {
    description: `${description}: DADA (达达) or SFTC (顺丰同城)`,
    example: IntracityCarrierId.Dada,
    presence,
  });
}

export function PayModeField(description: string): PropertyDecorator {
  return EnumField(IntracityPayer, 'IntracityPayer', {
    description: `${description}: PAY_MODE_STORE (the store's own balance, the default), PAY_MODE_APP (the mini program's), PAY_MODE_COMPONENT (the third-party platform's)`,
    example: IntracityPayer.Store,
    presence: 'optional',
  });
}

/** Money in fen (分): a whole number, never yuan. */
export function FenField(
  description: string,
  min: number,
  presence: Presence = 'required',
): PropertyDecorator {
  return IntegerField({
    description: `${description}, in FEN (分, an integer: ¥12.30 is 1230)`,
    example: 1230,
    min,
    presence,
  });
}

/** A time as Unix seconds (a millisecond value is named as the mistake it is). */
export function UnixSecondsField(description: string): PropertyDecorator {
  return combine(
    IntegerField({
      description: `${description}, Unix SECONDS`,
      example: 1764140400,
      presence: 'optional',
    }),
    IsUnixSeconds(),
  );
}

/**
 * A coordinate in decimal degrees within `[-limit, limit]`. The coordinate
 * system is not stated by WeChat (§1, not found); any precision is taken.
 */
export function DegreesField(
  description: string,
  limit: 90 | 180,
  example: number,
): PropertyDecorator {
  return combine(
    ApiField({
      type: Number,
      description: `${description}, decimal degrees (-${limit} to ${limit})`,
      example,
      minimum: -limit,
      required: true,
    }),
    IsNumberAtLeast(-limit),
    ValidateBy({
      name: 'isDegreesAtMost',
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'number' || value <= limit,
        defaultMessage: (args) =>
          `${args?.property} must be at most ${limit} degrees (got ${String(args?.value)})`,
      },
    }),
  );
}

/** An integer count with an upper bound (a cargo count, a weight). */
export function BoundedIntegerField(options: {
  readonly description: string;
  readonly example: number;
  readonly min: number;
  readonly max: number;
}): PropertyDecorator {
  const { max, ...rest } = options;
  return combine(IntegerField(rest), IsIntegerAtMost(max));
}

/**
 * `use_sandbox`: `true` sends `use_sandbox: 1` (a test order: no balance
 * needed, no courier; drive it with mockNotify); absent or `false` sends
 * nothing — WXJ warns against sending 0 (§3.3).
 */
export function UseSandboxField(): PropertyDecorator {
  const parts = presenceParts('optional');
  return combine(
    ApiField({
      type: Boolean,
      description:
        'true: a sandbox test order (sent as use_sandbox: 1; no balance needed, no courier comes: drive it with mockNotify). Absent or false: a real order (nothing sent)',
      example: true,
      required: false,
    }),
    ...parts.leading,
    IsBoolean({ message: '$property must be true or false' }),
  );
}

/**
 * `callback_url`: where WeChat posts the status callback (§5). http or https
 * (WeChat states no scheme rule; the emulator and plain-HTTP servers behind
 * a proxy use http), absolute, ≤ 1024 bytes; localhost allowed for tests.
 */
export function CallbackUrlField(): PropertyDecorator {
  return combine(
    TextField({
      description:
        'Where WeChat posts status callbacks (received with WechatIntracityService.receiveCallback); an absolute http(s) URL',
      example: 'https://example.com/intracity/callback',
      maxBytes: 1024,
      presence: 'optional',
    }),
    IsUrl(
      {
        protocols: ['http', 'https'],
        require_protocol: true,
        require_tld: false,
      },
      { message: '$property must be an absolute http(s) URL' },
    ),
  );
}
