import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';
import {
  isPresent,
  RequiredIf,
} from '../../core/validation/required-if.decorator';

const noTransactionId = (query: PaymentQueryDto) =>
  !isPresent(query.transactionId);

/**
 * Which payment a query call is about (reference §3.7): `transactionId`, or
 * `merchantId` + `merchantTradeNo` — top level, and named `merchant_*` where
 * the uploads' order key says `mchid` / `out_trade_no`. Missing both forms
 * would cost a round trip and 10060014.
 */
export class PaymentQueryDto {
  @TextField({
    description:
      'WeChat Pay transaction id; or give merchantId + merchantTradeNo',
    example: '4200000000202311150000000001',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'optional',
  })
  transactionId?: string;

  @TextField({
    description:
      'Merchant id (商户号) that took the payment; required unless transactionId is given',
    example: '1900000109',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'conditional',
  })
  @RequiredIf(noTransactionId, 'unless transactionId is given')
  merchantId?: string;

  @TextField({
    description: 'Second-level merchant id (二级商户号), when there is one',
    example: '1900000110',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'optional',
  })
  subMerchantId?: string;

  @TextField({
    description: 'Merchant order no.; required unless transactionId is given',
    example: 'ORD20231115001',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'conditional',
  })
  @RequiredIf(noTransactionId, 'unless transactionId is given')
  merchantTradeNo?: string;
}
