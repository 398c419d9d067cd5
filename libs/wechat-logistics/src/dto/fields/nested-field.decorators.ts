import { ApiField } from './api-field.decorator';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsObject,
  ValidateNested,
} from 'class-validator';
import { WHEN_PRESENT } from '../../validation/required-if.decorator';
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
    ...(minItems === undefined ? [] : [ArrayMinSize(minItems, parts.options)]),
    ...(maxItems === undefined ? [] : [ArrayMaxSize(maxItems, parts.options)]),
    ValidateNested({ each: true }),
    Type(type),
  );
}
