import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';

/**
 * Input of `shipping.isTradeManaged` (`POST /wxa/sec/order/is_trade_managed`,
 * reference §4.7). `appid` is required and never filled in for you: SKIT and
 * an EasyWeChat fork default it to the caller's own AppID, which is wrong for a
 * third-party platform asking about an authoriser (reference §8).
 */
export class IsTradeManagedDto {
  @TextField({
    description:
      "The mini program asked about: this app's own AppID, or (with a third-party platform's token) an authoriser's",
    example: 'wx0123456789abcdef',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  appid!: string;
}

/**
 * Input of `shipping.isTradeManagementConfirmationCompleted`
 * (`POST /wxa/sec/order/is_trade_management_confirmation_completed`, reference §4.8).
 */
export class IsTradeManagementConfirmationCompletedDto extends IsTradeManagedDto {}
