import { Equals } from 'class-validator';
import { ActionType, SANDBOX_BIZ_ID, SANDBOX_DELIVERY_ID } from '../enums';
import { IsUnixSeconds } from '../../core/validation/is-unix-seconds.decorator';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import { OrderIdField, TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';

const SANDBOX_ONLY = 'testUpdateOrder only moves sandbox orders';

/**
 * Input of `logistics.testUpdateOrder` (`POST /cgi-bin/express/business/test_update_order`):
 * moves a sandbox order along its track, as a carrier would.
 */
export class TestUpdateOrderDto {
  @TextField({
    description: `Must be "${SANDBOX_BIZ_ID}"`,
    example: SANDBOX_BIZ_ID,
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  @Equals(SANDBOX_BIZ_ID, {
    message: `$property must be "${SANDBOX_BIZ_ID}": ${SANDBOX_ONLY}`,
  })
  bizId!: string;

  @OrderIdField()
  orderId!: string;

  @TextField({
    description: `Must be "${SANDBOX_DELIVERY_ID}"`,
    example: SANDBOX_DELIVERY_ID,
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  @Equals(SANDBOX_DELIVERY_ID, {
    message: `$property must be "${SANDBOX_DELIVERY_ID}": ${SANDBOX_ONLY}`,
  })
  deliveryId!: string;

  @TextField({
    description: 'Waybill id returned by addOrder',
    example: 'TEST-WB-0001',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  waybillId!: string;

  @IntegerField({
    description: 'When it happened, Unix SECONDS',
    example: 1764140400,
  })
  @IsUnixSeconds()
  actionTime!: number;

  @EnumField(ActionType, 'ActionType', {
    description: 'What happened (reference §2.8)',
    example: ActionType.PickedUp,
  })
  actionType!: ActionType;

  @TextField({ description: 'What happened, in words', example: '揽件成功' })
  actionMsg!: string;
}
