import { ApiField } from '../../core/validation/fields/api-field.decorator';

/** Result of `logistics.bindAccount`. */
export class BindAccountResult {
  /**
   * `true` when WeChat answered 9300532 ("binding submitted, under review"):
   * the request was accepted and the carrier reviews it (EMS does); getAllAccount
   * shows the outcome in `statusCode`. `false` when the (un)binding took effect.
   */
  @ApiField({
    description:
      "true: submitted and under the carrier's review (EMS; errcode 9300532), getAllAccount shows the outcome; false: done",
    example: false,
  })
  underReview!: boolean;
}
