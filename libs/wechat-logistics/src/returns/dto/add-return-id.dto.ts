import { Matches } from 'class-validator';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { LegacyAddReturnIdDto } from './legacy-add-return-id.dto';

/** WeChat Pay's transaction_id: up to 32 characters, digits in every id it issues (28 today, starting 42). */
const TRANSACTION_ID = /^\d{1,32}$/;

/**
 * Input of `returns.addReturnId` (`/no_worry_return/add`, reference §5.1):
 * the legacy fields plus `wxPayId`, the WeChat Pay transaction id of an order
 * already insured with 无忧退货 (freight insurance, `insurance_freight/
 * createorder` with `order_no` = this id). No `notify_code`: only one SDK
 * sends it, the official pages do not (§8 #11).
 */
export class AddReturnIdDto extends LegacyAddReturnIdDto {
  @TextField({
    description:
      'WeChat Pay transaction id of the order, already insured with 无忧退货 (else 9300570)',
    example: '4200000000202311150000000001',
    maxBytes: 32,
  })
  @Matches(TRANSACTION_ID, {
    message:
      '$property must be a WeChat Pay transaction id: 1 to 32 digits, such as 4200000000202311150000000001',
  })
  wxPayId!: string;
}
