/** Thrown at bootstrap when a module option is wrong; names the field so the fix is obvious. */
export class InvalidWechatLogisticsOptionsError extends Error {
  override readonly name = 'InvalidWechatLogisticsOptionsError';

  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`WechatLogisticsModule: option "${field}" ${reason}`);
  }
}
