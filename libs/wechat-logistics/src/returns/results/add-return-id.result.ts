import { ApiField } from '../../core/validation/fields/api-field.decorator';

/** Result of `returns.addReturnId` and `returns.legacyAddReturnId`. */
export class AddReturnIdResult {
  /** The return id, a string of digits (19 in WeChat's examples): keep it a string, never a number. */
  @ApiField({
    type: String,
    description:
      'Return id, a string of digits (19 in the examples); a JavaScript number cannot hold it exactly',
    example: '1935761508265738242',
  })
  returnId!: string;
}
