// Shared by the DTO specs of every family. Named `.spec-helper.ts` on purpose:
// the library's entry points never import it, and Jest runs only "*.spec.ts".
import { type ClassConstructor } from 'class-transformer';
import { WechatValidationError } from '../errors';
import { validateInput } from './validate-input';

/** The validation messages for `input`, or `[]` when it is valid. */
export function messagesFor(
  type: ClassConstructor<object>,
  input: unknown,
): string[] {
  try {
    validateInput('test.dto', type, input);
    return [];
  } catch (error) {
    if (error instanceof WechatValidationError) return [...error.messages];
    throw error;
  }
}
