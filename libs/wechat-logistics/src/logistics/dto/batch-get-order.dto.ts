import { BatchGetOrderItemDto } from './batch-get-order-item.dto';
import { NestedListField } from '../../core/validation/fields/nested-field.decorators';

/**
 * At most 100 orders per call: WeChat's docs (current and 2020 pages) say 100;
 * only a WxJava comment says 1000. Sending 101 risks a rejected batch, while
 * the caller can always split a larger list.
 */
const BATCH_GET_ORDER_MAX_ITEMS = 100;

/** Input of `logistics.batchGetOrder` (`POST /cgi-bin/express/business/order/batchget`). */
export class BatchGetOrderDto {
  @NestedListField(() => BatchGetOrderItemDto, {
    description: `The orders to fetch, 1 to ${BATCH_GET_ORDER_MAX_ITEMS}`,
    minItems: 1,
    maxItems: BATCH_GET_ORDER_MAX_ITEMS,
  })
  orderList!: BatchGetOrderItemDto[];
}
