/**
 * Input to a service method broke its DTO's rules. Raised before anything is
 * sent; the filter answers Nest's standard 400 body with these messages.
 */
export class WechatValidationError extends Error {
  override readonly name = 'WechatValidationError';

  constructor(
    readonly api: string,
    /** One sentence per broken rule, each starting with the field's path (`sender.name must …`). */
    readonly messages: readonly string[],
  ) {
    super(`${api}: invalid input: ${messages.join('; ')}`);
  }
}
