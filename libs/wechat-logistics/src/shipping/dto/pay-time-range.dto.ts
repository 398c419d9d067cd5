import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import { CrossFieldRule } from '../../core/validation/cross-field-rule.decorator';
import { IsUnixSeconds } from '../../core/validation/is-unix-seconds.decorator';
import { IsIntegerAtMost } from '../../core/validation/number-at-most.decorator';

/** `end_time`'s default and largest value: 2³²−1 (reference §4.4). */
export const PAY_TIME_MAX = 2 ** 32 - 1;

/** `pay_time_range` of getOrderList (reference §4.4): Unix seconds, both ends inclusive. */
export class PayTimeRangeDto {
  @IntegerField({
    description: 'From this pay time, Unix SECONDS (default 0)',
    example: 1700000000,
    presence: 'optional',
  })
  @IsUnixSeconds()
  @IsIntegerAtMost(PAY_TIME_MAX)
  beginTime?: number;

  @IntegerField({
    description: 'Up to this pay time, inclusive, Unix SECONDS (default 2³²−1)',
    example: 1700086400,
    presence: 'optional',
  })
  @IsUnixSeconds()
  @IsIntegerAtMost(PAY_TIME_MAX)
  @CrossFieldRule<PayTimeRangeDto>(
    'endNotBeforeBegin',
    (end, range) =>
      typeof range.beginTime !== 'number' ||
      typeof end !== 'number' ||
      end >= range.beginTime,
    'must not be before beginTime',
  )
  endTime?: number;
}
