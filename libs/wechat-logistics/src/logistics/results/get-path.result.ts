import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { type ActionType } from '../enums';

/** One node of a waybill's track. */
export class PathItem {
  /** Unix seconds. */
  @ApiField({
    type: 'integer',
    description: 'Unix seconds',
    example: 1764140400,
  })
  actionTime!: number;

  /** A documented {@link ActionType}, or another value WeChat sent (its own examples use 300001). */
  @ApiField({
    type: 'integer',
    description:
      '100001 picked up, 100002 pick-up failed, 100003 courier assigned, 200001 in transit, 300002 out for delivery, 300003 delivered, 300004 delivery failed, 400001 cancelled, 400002 held; others are passed on',
    example: 100001,
  })
  actionType!: ActionType | number;

  @ApiField({ example: '揽件成功' })
  actionMsg!: string;
}

/** Result of `logistics.getPath`: the waybill's track so far. */
export class GetPathResult {
  @ApiField({ example: 'oUser0000000000000000000001' })
  openid!: string;

  @ApiField({ example: 'TEST' })
  deliveryId!: string;

  @ApiField({ example: 'TEST1764140400123' })
  waybillId!: string;

  @ApiField({ type: 'integer', example: 1 })
  pathItemNum!: number;

  @ApiField({ type: () => [PathItem], description: 'Oldest first' })
  pathItemList!: PathItem[];
}
