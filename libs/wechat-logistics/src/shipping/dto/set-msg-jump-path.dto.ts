import { IsDefined, IsString } from 'class-validator';
import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { MaxBytes } from '../../core/validation/max-bytes.decorator';
import { WHEN_PRESENT } from '../../core/validation/required-if.decorator';

/** No figure in the reference; a page path with its query fits well within it (inference). */
const PATH_MAX_BYTES = 1024;

/**
 * Input of `shipping.setMsgJumpPath` (`POST /wxa/sec/order/set_msg_jump_path`,
 * reference §4.6): the mini-program page the shipping and confirm-receipt
 * messages open, for the whole app. WeChat appends `transaction_id`,
 * `merchant_id`, `merchant_trade_no` (and `sub_merchant_id`) to its query:
 * avoid those names in yours. An empty path keeps WeChat's default page.
 */
export class SetMsgJumpPathDto {
  @ApiField({
    type: String,
    description: `Mini-program page, e.g. pages/order/detail?from=ship (≤ ${PATH_MAX_BYTES} UTF-8 bytes); '' keeps WeChat's default page`,
    example: 'pages/order/detail',
  })
  @IsDefined({ message: '$property is required' })
  @IsString(WHEN_PRESENT)
  @MaxBytes(PATH_MAX_BYTES)
  path!: string;
}
