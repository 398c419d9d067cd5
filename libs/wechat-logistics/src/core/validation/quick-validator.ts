import { Logger } from '@nestjs/common';
import { type ClassConstructor, plainToInstance } from 'class-transformer';
import {
  type ValidationArguments,
  ValidationTypes,
  type ValidatorConstraintInterface,
  getMetadataStorage,
} from 'class-validator';
import { isPlainDto } from './plain-dto.decorator';

/**
 * The validated DTO instance when `input` is certainly valid, `undefined` when
 * it may not be: then the caller runs the full `plainToInstance` +
 * `validateSync`, which also words the errors.
 */
export type QuickValidator<T> = (input: object) => T | undefined;

interface Check {
  readonly validateIf?: (dto: object, value: unknown) => boolean;
  readonly constraints: readonly unknown[];
  readonly validators: readonly ValidatorConstraintInterface[];
}

interface FieldPlan {
  readonly property: string;
  /** `@IsOptional`, `@ValidateIf`: the field's checks run only when all of them hold. */
  readonly conditions: readonly ((dto: object, value: unknown) => boolean)[];
  readonly checks: readonly Check[];
}

/** Never built for a class (yet) vs. built and found unsuited (`null`). */
const plans = new WeakMap<
  ClassConstructor<object>,
  QuickValidator<object> | null
>();

/**
 * A validator for a flat DTO (strings, numbers, booleans; no nested classes,
 * no `each`, no async rules), built once per class from class-validator's own
 * metadata and running class-validator's own constraint objects on the
 * instance `plainToInstance` makes — so it accepts exactly what `validateSync`
 * accepts. For a class declared {@link PlainDto} (the library's flat inputs)
 * it makes that instance itself, skipping class-transformer's generic walk.
 *
 * Why: `validateSync` looks the class's metadata up on every call (filtering
 * every registered class for inherited rules) and `plainToInstance` walks the
 * input generically; on a cancelOrder that was the largest share of what the
 * library adds to a WeChat round trip (docs/BENCHMARKS.md).
 *
 * It only ever says "valid": anything it does not recognise (an unknown key, a
 * non-primitive value, a failing rule) is left to the full validation, so the
 * error messages stay exactly class-validator's.
 */
export function quickValidator<T extends object>(
  type: ClassConstructor<T>,
): QuickValidator<T> | undefined {
  let plan = plans.get(type);
  if (plan === undefined) {
    plan = buildPlan(type) ?? null;
    plans.set(type, plan);
  }
  return (plan ?? undefined) as QuickValidator<T> | undefined;
}

function buildPlan<T extends object>(
  type: ClassConstructor<T>,
): QuickValidator<T> | undefined {
  // The same selection validateSync makes with our options (no groups, always: false).
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(
    type,
    undefined as unknown as string,
    false,
    false,
  );
  if (metadatas.length === 0) return undefined; // forbidUnknownValues refuses it: leave that to the full path

  // Grouped as the executor groups them (its whitelist is these property names).
  const byProperty = getMetadataStorage().groupByPropertyName(metadatas);
  const properties = Object.keys(byProperty);
  // Accessors on the prototype change what assignment does; own fields without rules fail the whitelist.
  if (properties.some((property) => hasAccessor(type, property)))
    return undefined;
  const allowed = new Set(properties);
  if (Object.keys(new type()).some((key) => !allowed.has(key)))
    return undefined;

  const fields: FieldPlan[] = [];
  for (const [property, list] of Object.entries(byProperty)) {
    const conditions: FieldPlan['conditions'][number][] = [];
    const checks: Check[] = [];
    for (const metadata of list) {
      switch (metadata.type) {
        case ValidationTypes.WHITELIST:
          break; // `@Allow()`: the property is known, nothing to check
        case ValidationTypes.CONDITIONAL_VALIDATION:
          conditions.push(
            metadata.constraints[0] as FieldPlan['conditions'][number],
          );
          break;
        case ValidationTypes.IS_DEFINED:
        case ValidationTypes.CUSTOM_VALIDATION: {
          if (metadata.each) return undefined;
          const constraintMetadatas =
            getMetadataStorage().getTargetValidatorConstraints(
              metadata.constraintCls,
            );
          if (constraintMetadatas.some((constraint) => constraint.async))
            return undefined;
          checks.push({
            validateIf: metadata.validateIf,
            constraints: metadata.constraints ?? [],
            validators: constraintMetadatas.map(
              (constraint) => constraint.instance,
            ),
          });
          break;
        }
        default:
          return undefined; // nested or promise validation: not flat
      }
    }
    fields.push({ property, conditions, checks });
  }
  const instantiate =
    isPlainDto(type) && copiedAsIs(type, properties) ? copyInto : transformInto;
  return (input) => runPlan<T>(type, allowed, fields, instantiate, input);
}

/**
 * Whether class-transformer really copies `type`'s properties unchanged, as
 * its `@PlainDto()` says: one probe per class, so an app's DTO marked by
 * mistake (an `@Type(() => Number)`, an `@Expose({ name })`) keeps going
 * through `plainToInstance` instead of being validated as something it is not.
 */
function copiedAsIs(
  type: ClassConstructor<object>,
  properties: readonly string[],
): boolean {
  const probe = Object.fromEntries(
    properties.map((property) => [property, `probe:${property}`]),
  );
  const made = plainToInstance(type, probe) as Record<string, unknown>;
  const keys = Object.keys(made);
  const asIs =
    made instanceof type &&
    keys.length === properties.length &&
    keys.every((key) => made[key] === probe[key]);
  if (!asIs)
    new Logger('WechatLogistics').warn(
      `${type.name} is declared @PlainDto() but class-transformer changes its properties: it is validated through plainToInstance`,
    );
  return asIs;
}

/** The DTO instance made from `input`, or `undefined` when it is not flat and whitelisted. */
type Instantiate = (
  type: ClassConstructor<object>,
  allowed: ReadonlySet<string>,
  input: object,
) => Record<string, unknown> | undefined;

/**
 * What `plainToInstance` does for a class without class-transformer
 * decorators: a new instance, the input's own enumerable keys copied. Each
 * value is read once, so a getter cannot pass one value and send another.
 */
const copyInto: Instantiate = (type, allowed, input) => {
  const dto = new type() as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!allowed.has(key)) return undefined;
    const value = (input as Record<string, unknown>)[key];
    if (!isPrimitive(value)) return undefined;
    dto[key] = value;
  }
  return dto;
};

/** `plainToInstance`, for classes that may carry `@Transform`, `@Type`, `@Expose`… */
const transformInto: Instantiate = (type, allowed, input) => {
  // Only flat, whitelisted input reaches class-transformer: an own `__proto__`
  // or `constructor` key (JSON.parse makes them; ValidationPipe strips them
  // before transforming) or a nested object is left to the full path. The
  // values checked and returned are the instance's, each read once from it.
  if (!hasOnlyPrimitives(input, allowed)) return undefined;
  const dto = plainToInstance(type, input) as Record<string, unknown>;
  return hasOnlyPrimitives(dto, allowed) ? dto : undefined;
};

function hasOnlyPrimitives(
  value: object,
  allowed: ReadonlySet<string>,
): boolean {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) return false;
    if (!isPrimitive((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function runPlan<T extends object>(
  type: ClassConstructor<T>,
  allowed: ReadonlySet<string>,
  fields: readonly FieldPlan[],
  instantiate: Instantiate,
  input: object,
): T | undefined {
  // Arrays, Maps, Buffers and the like are never a DTO: the full path says why.
  const prototype: unknown = Object.getPrototypeOf(input);
  if (
    prototype !== Object.prototype &&
    prototype !== null &&
    !(input instanceof type)
  )
    return undefined;
  // The whitelist and the rules apply to the instance, as validateSync applies them.
  const dto = instantiate(type, allowed, input);
  if (dto === undefined) return undefined;
  const targetName = type.name;
  for (const { property, conditions, checks } of fields) {
    const value = dto[property];
    if (!conditions.every((condition) => condition(dto, value))) continue;
    for (const check of checks) {
      if (check.validateIf && !check.validateIf(dto, value)) continue;
      const args: ValidationArguments = {
        targetName,
        property,
        object: dto,
        value,
        constraints: check.constraints as unknown[],
      };
      for (const validator of check.validators) {
        if (validator.validate(value, args) !== true) return undefined;
      }
    }
  }
  return dto as T;
}

function isPrimitive(value: unknown): boolean {
  const kind = typeof value;
  return (
    value === undefined ||
    value === null ||
    kind === 'string' ||
    kind === 'number' ||
    kind === 'boolean'
  );
}

function hasAccessor(
  type: ClassConstructor<object>,
  property: string,
): boolean {
  for (
    let prototype: unknown = type.prototype;
    prototype !== null && prototype !== Object.prototype;
    prototype = Object.getPrototypeOf(prototype)
  ) {
    if (Object.getOwnPropertyDescriptor(prototype, property)) return true;
  }
  return false;
}
