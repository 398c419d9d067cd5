import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { GetOrderResult } from './get-order.result';

/** An order of the batch that WeChat found: the same fields as getOrder. */
export class BatchGetOrderFound extends GetOrderResult {
  @ApiField({
    type: Boolean,
    description: "true: found, with getOrder's fields",
    example: true,
  })
  ok!: true;
}

/** An order of the batch that WeChat could not return; the rest of the batch is unaffected. */
export class BatchGetOrderFailed {
  @ApiField({
    type: Boolean,
    description: 'false: not returned, with its own errcode',
    example: false,
  })
  ok!: false;

  @ApiField({ example: 'NOPE' })
  orderId!: string;

  @ApiField({ example: 'TEST' })
  deliveryId!: string;

  @ApiField({ required: false, example: 'TEST1764140400123' })
  waybillId?: string;

  /** The item's own errcode, e.g. 930563 for an unknown order. */
  @ApiField({
    type: 'integer',
    description: "The item's own errcode, e.g. 930563 for an unknown order",
    example: 930563,
  })
  errcode!: number;

  @ApiField({ example: 'order not exists' })
  errmsg!: string;
}

/** One order of a batch: check `ok` before reading its fields. */
export type BatchGetOrderItem = BatchGetOrderFound | BatchGetOrderFailed;

/**
 * Result of `logistics.batchGetOrder`, in the order WeChat answered. Per-order
 * errors sit beside the found orders instead of failing the whole batch.
 */
export class BatchGetOrderResult {
  @ApiField({
    type: 'array',
    // An app documenting this class registers both item classes (ApiExtraModels) for the references.
    items: {
      oneOf: [
        { $ref: '#/components/schemas/BatchGetOrderFound' },
        { $ref: '#/components/schemas/BatchGetOrderFailed' },
      ],
    },
    description:
      "One item per order asked for, in WeChat's order: ok true (found) or false (its errcode)",
  })
  orderList!: BatchGetOrderItem[];
}
