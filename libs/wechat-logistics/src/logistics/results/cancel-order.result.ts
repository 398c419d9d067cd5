import { ApiField } from '../../core/validation/fields/api-field.decorator';

/** Result of `logistics.cancelOrder`: the carrier's own answer to the cancel. */
export class CancelOrderResult {
  /** The carrier's result code; 0 when the carrier accepted the cancel. */
  @ApiField({
    type: 'integer',
    description: "The carrier's result code; 0 when it accepted the cancel",
    example: 0,
  })
  deliveryResultcode!: number;

  /** The carrier's message; empty on success. */
  @ApiField({
    description: "The carrier's message; empty on success",
    example: '',
  })
  deliveryResultmsg!: string;
}
