import { ShippingOrderState } from '../enums';
import { PayTimeRangeDto } from './pay-time-range.dto';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { NestedField } from '../../core/validation/fields/nested-field.decorators';
import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';
import { IsIntegerAtMost } from '../../core/validation/number-at-most.decorator';

/**
 * Largest `page_size` sent: WeChat documents the default, 100, and no maximum
 * (reference §4.4, not found). Asking for more than the default risks an
 * undocumented refusal while paging through `lastIndex` always works, so the
 * default is the bound (inference). The emulator's default page is the same
 * figure; like WeChat as documented, it refuses no larger size.
 */
export const ORDER_LIST_MAX_PAGE_SIZE = 100;

/** `last_index` is an opaque cursor WeChat returned (e.g. `092dd3cecbc6926301`); bounded like an identifier. */
const CURSOR_MAX_BYTES = 1024;

/**
 * Input of `shipping.getOrderList` (`POST /wxa/sec/order/get_order_list`,
 * reference §4.4): payments by pay time, state and payer, a page at a time —
 * pass the previous result's `lastIndex` while `hasMore` is true. Every
 * field is optional; `{}` lists from the start.
 */
export class GetShippingOrderListDto {
  @NestedField(() => PayTimeRangeDto, {
    description: 'Pay-time window, Unix seconds, inclusive',
    presence: 'optional',
  })
  payTimeRange?: PayTimeRangeDto;

  @EnumField(ShippingOrderState, 'ShippingOrderState', {
    description:
      '1 待发货, 2 已发货, 3 确认收货, 4 交易完成, 5 已退款, 6 资金待结算',
    example: ShippingOrderState.AwaitingShipment,
    presence: 'optional',
  })
  orderState?: ShippingOrderState;

  @TextField({
    description: "The payer's openid",
    example: 'oTestPayer0001',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'optional',
  })
  openid?: string;

  @TextField({
    description:
      'Cursor from the previous page (its lastIndex); absent for the first page. A tampered one is refused (10060011)',
    example: '092dd3cecbc6926301',
    maxBytes: CURSOR_MAX_BYTES,
    presence: 'optional',
  })
  lastIndex?: string;

  @IntegerField({
    description: `Payments per page, 1 to ${ORDER_LIST_MAX_PAGE_SIZE} (WeChat's default: 100)`,
    example: 50,
    min: 1,
    presence: 'optional',
  })
  @IsIntegerAtMost(ORDER_LIST_MAX_PAGE_SIZE)
  pageSize?: number;
}
