import { type ClassConstructor } from 'class-transformer';

const plainDtos = new WeakSet<ClassConstructor<object>>();

/**
 * Declares that `plainToInstance` copies this class's properties as they are:
 * it carries no `@Type`, `@Transform`, `@Expose` or `@Exclude`. The quick
 * validator then builds the instance itself instead of calling
 * class-transformer (whose metadata has no public accessor to check this at
 * run time). Only the marked class itself: a subclass, which may add such
 * decorators, goes through `plainToInstance` unless it is marked too.
 * `plain-dto.decorator.spec.ts` checks every marked class of the library
 * against class-transformer; for any marked class, the quick validator
 * probes class-transformer once and ignores a mark that does not hold.
 *
 * Apps may mark their own flat DTOs (for example a route's body built with
 * `OmitType(CancelOrderDto, ['orderId'])`) so `WechatValidationPipe` validates
 * them without class-transformer:
 * ```ts
 * @PlainDto()
 * export class CancelOrderBodyDto extends OmitType(CancelOrderDto, ['orderId'] as const) {}
 * ```
 */
export function PlainDto(): ClassDecorator {
  return (target) => {
    plainDtos.add(target as unknown as ClassConstructor<object>);
  };
}

/** Whether `type` itself was declared with {@link PlainDto}. */
export function isPlainDto(type: ClassConstructor<object>): boolean {
  return plainDtos.has(type);
}
