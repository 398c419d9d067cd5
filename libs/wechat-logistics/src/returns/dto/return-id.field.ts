import { IsDefined, ValidateBy } from 'class-validator';
import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { combine } from '../../core/validation/fields/presence';
import { WHEN_PRESENT } from '../../core/validation/required-if.decorator';

/**
 * No length is documented; the examples have 19 digits. Any digit string up
 * to this long is accepted, so a longer id WeChat issues later still passes.
 */
export const RETURN_ID_MAX_DIGITS = 32;
const DIGITS = new RegExp(`^\\d{1,${RETURN_ID_MAX_DIGITS}}$`);

/**
 * `returnId` (`return_id`): the id addReturnId gave, a string of digits end
 * to end. A JSON number is refused with a message that says why: 19 digits
 * exceed what a JavaScript number holds exactly (2^53), so the id it names
 * may already be another one.
 */
export function ReturnIdField(): PropertyDecorator {
  return combine(
    ApiField({
      type: String,
      description:
        "Return id from addReturnId, a string of digits (19 in WeChat's examples); never a number, which cannot hold 19 digits exactly",
      example: '1935761508265738242',
    }),
    IsDefined({ message: '$property is required' }),
    ValidateBy(
      {
        name: 'isReturnId',
        validator: {
          validate: (value: unknown) =>
            typeof value === 'string' && DIGITS.test(value),
          defaultMessage: (args) =>
            typeof args?.value === 'number'
              ? `${args.property} must be a string of digits, not a number: a JavaScript number cannot hold a 19-digit return id exactly`
              : `${args?.property} must be a string of 1 to ${RETURN_ID_MAX_DIGITS} digits`,
        },
      },
      WHEN_PRESENT,
    ),
  );
}
