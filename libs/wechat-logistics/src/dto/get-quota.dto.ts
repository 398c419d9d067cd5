import { TextField } from './fields/text-field.decorator';
import { PlainDto } from '../validation/plain-dto.decorator';

/** Input of `logistics.getQuota` (`POST /cgi-bin/express/business/quota/get`); franchise carriers only. */
@PlainDto()
export class GetQuotaDto {
  @TextField({
    description: 'Carrier id (one with canGetQuota = 1)',
    example: 'YTO',
  })
  deliveryId!: string;

  @TextField({
    description: 'Carrier customer code',
    example: 'YTO_CUSTOMER_1',
  })
  bizId!: string;
}
