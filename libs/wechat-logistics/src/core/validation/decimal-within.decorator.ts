import {
  type ValidationArguments,
  type ValidationOptions,
  ValidateBy,
} from 'class-validator';

export interface DecimalRule {
  /** Said in every message: `yuan`, `kg`, `cm`, `degrees`. */
  readonly unit: string;
  /** Most decimals WeChat takes (2 for yuan: fen). */
  readonly decimals: number;
  readonly min: number;
  /** `(0, 5000]`: a value equal to `min` is refused. */
  readonly minExclusive?: boolean;
  readonly max: number;
}

/**
 * A decimal in a unit, within bounds, with at most so many decimals
 * (`cargo.goodsValue must be in yuan with at most 2 decimals (got 12.345)`):
 * one rule and one message per problem, naming the unit, for the fields
 * WeChat counts in yuan, kg, cm or degrees.
 */
export function IsDecimalWithin(
  rule: DecimalRule,
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimalWithin',
      constraints: [rule],
      validator: {
        validate: (value: unknown) => problemOf(value, rule) === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `$property ${problemOf(args?.value, rule) ?? ''}`,
      },
    },
    validationOptions,
  );
}

function problemOf(value: unknown, rule: DecimalRule): string | undefined {
  const { unit, decimals, min, minExclusive = false, max } = rule;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return `must be a number in ${unit}${typeof value === 'string' ? ` (got the string ${JSON.stringify(value.slice(0, 20))})` : ''}`;
  if (!hasAtMostDecimals(value, decimals))
    return `must be in ${unit} with at most ${decimals} decimals (got ${value})`;
  if (minExclusive ? value <= min : value < min)
    return `must be ${range(rule)} ${unit} (got ${value})`;
  if (value > max) return `must be ${range(rule)} ${unit} (got ${value})`;
  return undefined;
}

function range({ min, minExclusive, max }: DecimalRule): string {
  return minExclusive
    ? `more than ${min} and at most ${max}`
    : `from ${min} to ${max}`;
}

/**
 * Tolerant of binary fractions (0.1 + 0.2 has 2 decimals; 12.345 has 3): the
 * scaled value must be within a millionth of a whole number, far above the
 * rounding error of any amount, weight or coordinate, far below a real digit.
 */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}
