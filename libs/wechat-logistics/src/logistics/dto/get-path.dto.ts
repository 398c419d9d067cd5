import { OrderIdField, TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';

/** Input of `logistics.getPath` (`POST /cgi-bin/express/business/path/get`). */
export class GetPathDto {
  // Required and sent: the 2019 and 2020 docs require it and every SDK sends it;
  // only WeChat's current generated table leaves it out.
  @OrderIdField()
  orderId!: string;

  @TextField({
    description: "The user's openid",
    example: 'oUser0000000000000000000001',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'optional',
  })
  openid?: string;

  @TextField({
    description: 'Carrier id',
    example: 'TEST',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  deliveryId!: string;

  @TextField({
    description: 'Waybill id returned by addOrder',
    example: 'TEST-WB-0001',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  waybillId!: string;
}
