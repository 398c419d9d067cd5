import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { type ValidatorOptions, validateSync } from 'class-validator';
import { WechatValidationError } from '../errors';
import { describeValidationErrors } from './validation-messages';

/** The rules the README sets WechatValidationPipe up with (whitelist, forbidNonWhitelisted): unknown fields are refused, not silently sent on. */
export const VALIDATOR_OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
};

/**
 * Far deeper than any input (addOrder's `shop.detailList[0].goodsName` is 4
 * levels), far shallower than what overflows class-transformer's recursion
 * (a few thousand levels), which would throw a RangeError instead.
 */
export const MAX_INPUT_DEPTH = 32;

/**
 * Validates a service method's input against its DTO class before anything is
 * sent, so a direct call with bad input fails exactly like a bad HTTP request.
 * Accepts a DTO instance or a plain object; returns a validated instance.
 */
export function validateInput<T extends object>(
  api: string,
  type: ClassConstructor<T>,
  input: unknown,
): T {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new WechatValidationError(api, ['input must be an object']);
  }
  if (nestedDeeperThan(input, MAX_INPUT_DEPTH)) {
    throw new WechatValidationError(api, [
      `input must not be nested more than ${MAX_INPUT_DEPTH} levels deep`,
    ]);
  }
  // Converted even when already an instance: nested objects assigned as plain
  // literals (`dto.sender = {…}`) become their classes, so they are validated too.
  const instance = plainToInstance(type, input);
  const errors = validateSync(instance, VALIDATOR_OPTIONS);
  if (errors.length > 0)
    throw new WechatValidationError(api, describeValidationErrors(errors));
  return instance;
}

/** Whether objects or arrays nest more than `limit` levels; iterative, so any depth is safe to measure. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return false;
}
