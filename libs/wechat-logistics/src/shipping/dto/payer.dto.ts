import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';

/** `payer` (reference §3.4): the openid must be the payment's payer, else 10060031. */
export class PayerDto {
  @TextField({
    description:
      "The payer's openid under this mini program, 1–128 bytes; must be the payment's payer",
    example: 'oTestPayer0001',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  openid!: string;
}
