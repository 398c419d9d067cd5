import { PaymentQueryDto } from './payment-query.dto';
import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import { IsUnixSeconds } from '../../core/validation/is-unix-seconds.decorator';

/**
 * Input of `shipping.notifyConfirmReceive`
 * (`POST /wxa/sec/order/notify_confirm_receive`, reference §4.5): which payment
 * (§3.7) and when the carrier got it signed for. Once per payment, express
 * only, in 已发货 — WeChat's rules (10060030 / 10060032 / 10060028).
 */
export class NotifyConfirmReceiveDto extends PaymentQueryDto {
  @IntegerField({
    description:
      'When the parcel was signed for, Unix SECONDS; shown to the buyer, must be after the shipping time (10060029)',
    example: 1700200000,
    min: 1,
  })
  @IsUnixSeconds()
  receivedTime!: number;
}
