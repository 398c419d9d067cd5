import { Matches } from 'class-validator';
import { OrderNumberType } from '../enums';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';
import { RequiredIf } from '../../core/validation/required-if.decorator';
import { WHEN_PRESENT } from '../../core/validation/required-if.decorator';

const byMerchantTradeNo = (key: OrderKeyDto) =>
  key.orderNumberType === OrderNumberType.MerchantTradeNo;
const byTransactionId = (key: OrderKeyDto) =>
  key.orderNumberType === OrderNumberType.TransactionId;

/**
 * `order_key` (reference §3.1): which payment the upload is for, in one of two
 * forms. The upload calls name the merchant fields `mchid` / `out_trade_no`;
 * the query calls say `merchant_id` / `merchant_trade_no` (§3.1's naming trap).
 * Fields of the other form are tolerated, as WeChat tolerates them.
 *
 * For a service provider's (服务商) payment, which merchant id goes in `mchid`
 * is disputed (§8 #6): `orderNumberType: 2` (transaction id) avoids the question.
 */
export class OrderKeyDto {
  @EnumField(OrderNumberType, 'OrderNumberType', {
    description:
      '1 = merchant id + merchant order no. (mchid, outTradeNo); 2 = WeChat Pay transaction id (transactionId)',
    example: OrderNumberType.TransactionId,
  })
  orderNumberType!: OrderNumberType;

  @TextField({
    description:
      'WeChat Pay transaction id; required when orderNumberType is 2',
    example: '4200000000202311150000000001',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'conditional',
  })
  @RequiredIf(byTransactionId, 'when orderNumberType is 2 (transaction id)')
  transactionId?: string;

  @TextField({
    description:
      'Merchant id (商户号) that took the payment; required when orderNumberType is 1',
    example: '1900000109',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'conditional',
  })
  @RequiredIf(
    byMerchantTradeNo,
    'when orderNumberType is 1 (merchant order no.)',
  )
  mchid?: string;

  // WeChat Pay's rule for a merchant order no.: digits, letters, _ - *.
  @TextField({
    description:
      'Merchant order no. (digits, letters, _ - *), unique within the mchid; required when orderNumberType is 1',
    example: 'ORD20231115001',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'conditional',
  })
  @RequiredIf(
    byMerchantTradeNo,
    'when orderNumberType is 1 (merchant order no.)',
  )
  @Matches(/^[0-9A-Za-z_\-*]+$/, {
    ...WHEN_PRESENT,
    message: '$property may hold only digits, letters, _, - and *',
  })
  outTradeNo?: string;
}
