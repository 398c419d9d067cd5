import { Matches } from 'class-validator';
import { combine } from '../../core/validation/fields/presence';
import { TextField } from '../../core/validation/fields/text-field.decorator';

/** No figure in the reference; a page path with its query fits well within it (inference, as setMsgJumpPath). */
const ORDER_PATH_MAX_BYTES = 1024;

/**
 * A page of the merchant's own mini program (`pages/order/detail?id=1`, a
 * leading `/` allowed): WeChat opens it inside the mini program, so a URL
 * (`https://…`) or text with spaces cannot be one.
 */
const PAGE_PATH = /^\/?[\w-]+(\/[\w.-]+)*(\?\S*)?$/;

/** `orderPath` (`order_path`): the return order's page in the merchant's mini program (reference §5.1). */
export function OrderPathField(): PropertyDecorator {
  return combine(
    TextField({
      description:
        "Page of the return order in the merchant's mini program, e.g. pages/order/detail?id=1; WeChat prefers the insured order's page when the insurance carried one",
      example: 'pages/return/detail?id=RET-1',
      maxBytes: ORDER_PATH_MAX_BYTES,
    }),
    Matches(PAGE_PATH, {
      message:
        '$property must be a mini-program page path such as pages/order/detail?id=1 (no scheme, host or spaces)',
    }),
  );
}
