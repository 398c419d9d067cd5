import { SpecialOrderType } from '../enums';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';
import { IsUnixSeconds } from '../../core/validation/is-unix-seconds.decorator';
import { RequiredIf } from '../../core/validation/required-if.decorator';

/**
 * Input of `shipping.opSpecialOrder` (`POST /wxa/sec/order/opspecialorder`,
 * reference §4.9): report a pre-sale order (ships more than 15 days after
 * payment) or a test order. `delay_to` is left out for a test order, never
 * sent as `null` (WxJava's defect, §8).
 *
 * `delayTo`'s window — at least pay time + 15 days, at most 330 days — is
 * measured from the pay time, which only WeChat knows here: it answers
 * 268546001 outside it.
 */
export class OpSpecialOrderDto {
  @TextField({
    description:
      'Transaction id or merchant order no. of a payment not shipped yet',
    example: '4200000000202311150000000001',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  orderId!: string;

  @EnumField(SpecialOrderType, 'SpecialOrderType', {
    description: '1 = pre-sale (delayTo required), 2 = test order',
    example: SpecialOrderType.PreSale,
  })
  type!: SpecialOrderType;

  @IntegerField({
    description:
      'Pre-sale: expected shipping time, Unix SECONDS, 15 to 330 days after payment; required when type is 1',
    example: 1702592000,
    min: 1,
    presence: 'conditional',
  })
  @RequiredIf(
    (order: OpSpecialOrderDto) => order.type === SpecialOrderType.PreSale,
    'when type is 1 (pre-sale)',
  )
  @IsUnixSeconds()
  delayTo?: number;
}
