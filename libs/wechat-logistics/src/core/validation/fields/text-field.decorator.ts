import { ApiField } from './api-field.decorator';
import { IsNotEmpty, IsString } from 'class-validator';
import { MaxBytes } from '../max-bytes.decorator';
import { MaxCharacters } from '../max-characters.decorator';
import { type Presence, combine, presenceParts } from './presence';

export interface TextFieldOptions {
  readonly description: string;
  readonly example: string;
  /** WeChat's limit in UTF-8 bytes (a Chinese character is 3). */
  readonly maxBytes?: number;
  /** WeChat's limit in characters (Unicode code points), for the fields it counts that way. */
  readonly maxCharacters?: number;
  /** @default 'required' */
  readonly presence?: Presence;
}

/** A non-empty string field, documented for Swagger, with WeChat's byte limit. */
export function TextField(options: TextFieldOptions): PropertyDecorator {
  const {
    description,
    example,
    maxBytes,
    maxCharacters,
    presence = 'required',
  } = options;
  const parts = presenceParts(presence);
  const limit =
    maxBytes !== undefined
      ? ` (≤ ${maxBytes} UTF-8 bytes)`
      : maxCharacters !== undefined
        ? ` (≤ ${maxCharacters} characters)`
        : '';
  return combine(
    ApiField({
      type: String,
      description: `${description}${limit}`,
      example,
      required: parts.required,
    }),
    ...parts.leading,
    IsString(parts.options),
    IsNotEmpty(parts.options),
    ...(maxBytes === undefined ? [] : [MaxBytes(maxBytes, parts.options)]),
    ...(maxCharacters === undefined
      ? []
      : [MaxCharacters(maxCharacters, parts.options)]),
  );
}

/** `orderId` of a call about an existing order: the merchant's id given to addOrder. */
export function OrderIdField(): PropertyDecorator {
  return TextField({
    description: 'Merchant order id given to addOrder',
    example: 'ORDER-20261126-0001',
    maxBytes: 512,
  });
}
