import { ApiField } from './api-field.decorator';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsObject,
  type ValidationArguments,
  ValidateNested,
} from 'class-validator';
import { WHEN_PRESENT } from '../required-if.decorator';
import { type Presence, combine, presenceParts } from './presence';

type DtoClass = new () => object;

export interface NestedFieldOptions {
  readonly description: string;
  /** @default 'required' */
  readonly presence?: Presence;
}

/**
 * A nested object (`sender`, `cargo`), validated with its own class; errors
 * name the path (`sender.name must …`).
 */
export function NestedField(
  type: () => DtoClass,
  options: NestedFieldOptions,
): PropertyDecorator {
  const { description, presence = 'required' } = options;
  const parts = presenceParts(presence);
  return combine(
    // Swagger takes a thunk as a lazy type only when it is named `type`, i.e.
    // written inline as `type: () => X`; a thunk passed through is anonymous.
    ApiField({ type: () => type(), description, required: parts.required }),
    ...parts.leading,
    ...(presence === 'required'
      ? [IsDefined({ message: '$property is required' })]
      : []),
    IsObject(WHEN_PRESENT),
    ValidateNested(),
    Type(type),
  );
}

export interface NestedListFieldOptions extends NestedFieldOptions {
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** A list of nested objects; errors name the item (`cargo.detailList.0.name must …`). */
export function NestedListField(
  type: () => DtoClass,
  options: NestedListFieldOptions,
): PropertyDecorator {
  const { description, minItems, maxItems, presence = 'required' } = options;
  const parts = presenceParts(presence);
  return combine(
    ApiField({
      type: () => [type()],
      description,
      required: parts.required,
      minItems,
      maxItems,
    }),
    ...parts.leading,
    IsArray(parts.options),
    ...(minItems === undefined
      ? []
      : [
          ArrayMinSize(minItems, {
            ...parts.options,
            message: countMessage(minItems, maxItems),
          }),
        ]),
    ...(maxItems === undefined
      ? []
      : [
          ArrayMaxSize(maxItems, {
            ...parts.options,
            message: countMessage(minItems, maxItems),
          }),
        ]),
    ValidateNested({ each: true }),
    Type(type),
  );
}

/** `orderList must have 1 to 100 items (got 0)`: one wording for both bounds, and what was sent. */
function countMessage(
  min: number | undefined,
  max: number | undefined,
): (args: ValidationArguments) => string {
  return ({ property, value }) =>
    `${property} must have ${itemCount(min, max)}${Array.isArray(value) ? ` (got ${value.length})` : ''}`;
}

/** `1 to 100 items`, `at least 1 item`, `at most 10 items`. */
function itemCount(min: number | undefined, max: number | undefined): string {
  const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;
  if (min !== undefined && max !== undefined) return `${min} to ${items(max)}`;
  if (min !== undefined) return `at least ${items(min)}`;
  return `at most ${items(max as number)}`;
}
