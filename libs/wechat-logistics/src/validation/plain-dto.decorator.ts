import { type ClassConstructor } from 'class-transformer';

const plainDtos = new WeakSet<ClassConstructor<object>>();

/**
 * Declares that `plainToInstance` copies this class's properties as they are:
 * it carries no `@Type`, `@Transform`, `@Expose` or `@Exclude`. The quick
 * validator then builds the instance itself instead of calling
 * class-transformer (whose metadata has no public accessor to check this at
 * run time). Only the marked class itself: a subclass, which may add such
 * decorators, goes through `plainToInstance`. `plain-dto.decorator.spec.ts`
 * checks every marked class of the library against class-transformer.
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
