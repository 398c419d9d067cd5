import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { type ReturnOrderStatus, type ReturnStatus } from '../enums';

/** Result of `returns.getReturnId` and `returns.legacyGetReturnId` (reference §5.2). */
export class GetReturnIdResult {
  /**
   * How the buyer sends it back: 0 not yet chosen, 1 pick-up booked, 2
   * self-shipped (`RETURN_STATUS_WORDS`). Read from a number or a numeric
   * string; another value is passed on as it came.
   */
  @ApiField({
    type: 'integer',
    description:
      '0 buyer has not chosen, 1 courier pick-up booked, 2 self-shipped with a typed waybill',
    example: 2,
  })
  status!: ReturnStatus | number;

  /** The return waybill number (booked or typed in); `''` while the buyer has not chosen. */
  @ApiField({
    type: String,
    description: "Return waybill number; '' while the buyer has not chosen",
    example: 'SF1234567890',
  })
  waybillId!: string;

  /**
   * The return waybill's state (`RETURN_ORDER_STATUS_WORDS`: 0 awaiting
   * pick-up … 4 signed, 7/8 failed, 11 cancelled, 13/14 returned to sender,
   * 99 unknown); absent when WeChat sent none (no waybill yet).
   */
  @ApiField({
    type: 'integer',
    required: false,
    description:
      '0 awaiting pick-up, 1 picked up, 2 in transit, 3 out for delivery, 4 signed, 5 exception, 6 signed by proxy, 7 pick-up failed, 8 delivery failed, 11 cancelled, 13 returning to sender, 14 returned, 99 unknown; absent without a waybill',
    example: 2,
  })
  orderStatus?: ReturnOrderStatus | number;

  /** The carrier's code (family A's delivery list, e.g. `SF`); absent without a waybill. */
  @ApiField({
    type: String,
    required: false,
    description: 'Carrier code; absent without a waybill',
    example: 'SF',
  })
  deliveryId?: string;

  /** The carrier's name; absent without a waybill. */
  @ApiField({
    type: String,
    required: false,
    description: 'Carrier name; absent without a waybill',
    example: '顺丰速运',
  })
  deliveryName?: string;
}
