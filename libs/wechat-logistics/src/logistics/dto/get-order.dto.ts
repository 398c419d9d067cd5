import { PrintType } from '../enums';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { OrderIdField, TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';

/** Input of `logistics.getOrder` (`POST /cgi-bin/express/business/order/get`). */
export class GetOrderDto {
  @OrderIdField()
  orderId!: string;

  @TextField({
    description: "The user's openid; not needed for App/H5 orders",
    example: 'oUser0000000000000000000001',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'optional',
  })
  openid?: string;

  @TextField({
    description: 'Carrier id; must match the waybill',
    example: 'TEST',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  deliveryId!: string;

  // Optional, as in WeChat's current docs (the 2019 docs required it): the order
  // id finds the waybill, which is how addOrder's reconciliation looks up an
  // order whose waybill id it never received.
  @TextField({
    description: 'Waybill id returned by addOrder',
    example: 'TEST-WB-0001',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'optional',
  })
  waybillId?: string;

  @EnumField(PrintType, 'PrintType', {
    description:
      'Label layout of printHtml: 0 = two-part (default), 1 = single-part',
    example: PrintType.TwoPart,
    presence: 'optional',
  })
  printType?: PrintType;
}
