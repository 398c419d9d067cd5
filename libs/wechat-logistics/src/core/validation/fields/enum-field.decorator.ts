import { ApiField } from './api-field.decorator';
import { IsEnumValue } from '../is-enum-value.decorator';
import { type Presence, combine, presenceParts } from './presence';

export interface EnumFieldOptions {
  readonly description: string;
  readonly example: string | number;
  /** @default 'required' */
  readonly presence?: Presence;
}

/** A field holding one value of a public enum; Swagger shows the enum by name. */
export function EnumField(
  entity: Record<string, string | number>,
  enumName: string,
  options: EnumFieldOptions,
): PropertyDecorator {
  const { description, example, presence = 'required' } = options;
  const parts = presenceParts(presence);
  return combine(
    ApiField({
      enum: entity,
      enumName,
      description,
      example,
      required: parts.required,
    }),
    ...parts.leading,
    IsEnumValue(entity, parts.options),
  );
}
