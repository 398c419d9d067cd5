import { ApiField } from '../../core/validation/fields/api-field.decorator';
import {
  type DecimalRule,
  IsDecimalWithin,
} from '../../core/validation/decimal-within.decorator';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import {
  type Presence,
  combine,
  presenceParts,
} from '../../core/validation/fields/presence';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';
import { IsUnixSeconds } from '../../core/validation/is-unix-seconds.decorator';

export interface DecimalInOptions extends DecimalRule {
  readonly description: string;
  readonly example: number;
  /** @default 'required' */
  readonly presence?: Presence;
}

/** A decimal in this family's units (yuan, kg, cm, degrees), bounded, with at most `decimals` decimals. */
export function DecimalIn(options: DecimalInOptions): PropertyDecorator {
  const { description, example, presence = 'required', ...rule } = options;
  const parts = presenceParts(presence);
  return combine(
    ApiField({
      type: Number,
      description: `${description} (${rule.unit}, ≤ ${rule.decimals} decimals)`,
      example,
      minimum: rule.min,
      required: parts.required,
    }),
    ...parts.leading,
    IsDecimalWithin(rule, parts.options),
  );
}

/** Money in yuan (元), to the fen: WeChat's JSON numbers, never fen integers. */
export const YUAN = { unit: 'yuan', decimals: 2 } as const;

/** 0 / 1 flags (`is_insured`, `is_direct_delivery`, …). */
export enum LocalDeliveryFlag {
  No = 0,
  Yes = 1,
}

export function FlagField(description: string): PropertyDecorator {
  return EnumField(LocalDeliveryFlag, 'LocalDeliveryFlag', {
    description: `${description}: 0 no, 1 yes`,
    example: 0,
    presence: 'optional',
  });
}

/** A time as Unix seconds (a millisecond value is named as the mistake it is). */
export function UnixSecondsField(
  description: string,
  presence: Presence = 'optional',
): PropertyDecorator {
  return combine(
    IntegerField({
      description: `${description}, Unix SECONDS`,
      example: 1764140400,
      presence,
    }),
    IsUnixSeconds(),
  );
}

/** `shopid`: the merchant's appkey at the carrier (`test_shop_id` in the sandbox); it picks the secret that signs. */
export function ShopIdField(): PropertyDecorator {
  return TextField({
    description:
      "shopid: the merchant's appkey at the carrier (not its store id); test_shop_id in the sandbox",
    example: 'test_shop_id',
    maxBytes: IDENTIFIER_MAX_BYTES,
  });
}

/** `shop_order_id`: the merchant's order id, the order key of every order call (≤ 128 bytes). */
export function ShopOrderIdField(): PropertyDecorator {
  return TextField({
    description:
      "The merchant's order id, unique per order; the key of every order call",
    example: 'ORD-20261126-0001',
    maxBytes: 128,
  });
}

/** `shop_no`: the store number at the carrier; needed for multi-store merchants (SS and MTPS always). */
export function ShopNoField(): PropertyDecorator {
  return TextField({
    description:
      'Store number registered at the carrier; may be left out with a single store (SS and MTPS need it)',
    example: '77071-47913',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'optional',
  });
}

export function DeliveryIdField(): PropertyDecorator {
  return TextField({
    description: 'Carrier code: SFTC, SS, MTPS, DADA, UU, or TEST (sandbox)',
    example: 'TEST',
    maxBytes: IDENTIFIER_MAX_BYTES,
  });
}

export function WaybillIdField(
  presence: Presence = 'required',
): PropertyDecorator {
  return TextField({
    description: "The carrier's delivery-order id, from addOrder / reOrder",
    example: 'ORD-20261126-0001_waybillid',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence,
  });
}
