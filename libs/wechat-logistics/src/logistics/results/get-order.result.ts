import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { type OrderStatus } from '../enums';
import { WaybillDataItem } from './waybill-data-item';

/** Result of `logistics.getOrder`: the waybill and its printable label. */
export class GetOrderResult {
  /** Base64 of the label's HTML. */
  @ApiField({
    description: "Base64 of the label's HTML",
    example: 'PGh0bWw+PC9odG1sPg==',
  })
  printHtml!: string;

  @ApiField({ type: () => [WaybillDataItem] })
  waybillData!: WaybillDataItem[];

  @ApiField({ example: 'ORDER-20261126-0001' })
  orderId!: string;

  @ApiField({ example: 'TEST' })
  deliveryId!: string;

  @ApiField({ example: 'TEST1764140400123' })
  waybillId!: string;

  /** 0 normal, 1 cancelled; another value is passed on as it came. */
  @ApiField({
    type: 'integer',
    description: '0 normal, 1 cancelled',
    example: 0,
  })
  orderStatus!: OrderStatus | number;
}
