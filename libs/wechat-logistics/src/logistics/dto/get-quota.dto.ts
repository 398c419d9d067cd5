import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';

/** Input of `logistics.getQuota` (`POST /cgi-bin/express/business/quota/get`); franchise carriers only. */
export class GetQuotaDto {
  @TextField({
    description: 'Carrier id (one with canGetQuota = 1)',
    example: 'YTO',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  deliveryId!: string;

  @TextField({
    description: 'Carrier customer code',
    example: 'YTO_CUSTOMER_1',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  bizId!: string;
}
