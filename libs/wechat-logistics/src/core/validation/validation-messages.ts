import { type ValidationError, getMetadataStorage } from 'class-validator';

/** class-validator's constraint name for a field the DTO does not declare (`forbidNonWhitelisted`). */
const UNKNOWN_FIELD = 'whitelistValidation';

/**
 * A name a DTO field could have. Anything else among a body's keys is data
 * that landed where a name belongs (a JSON body taken apart by a form parser
 * makes its whole text, passwords included, one key): it is never quoted back.
 */
const PLAUSIBLE_FIELD_NAME = /^[A-Za-z_$][\w$]{0,63}$/;

/** The class each error was found in, for errors whose `target` is not kept (Nest's default). */
const owners = new WeakMap<ValidationError, unknown>();

/**
 * Notes which class each error (children included) was found in, then drops
 * `target` unless the caller wants it: it is the whole input object, which an
 * exception factory would otherwise repeat once per error.
 */
export function rememberOwners(
  errors: readonly ValidationError[],
  keepTargets: boolean,
): void {
  for (const error of errors) {
    if (error.target) owners.set(error, error.target.constructor);
    if (!keepTargets) delete error.target;
    rememberOwners(error.children ?? [], keepTargets);
  }
}

/**
 * Every message of a validation failure, each naming the field's full path
 * (`sender.mobile …`, `orderList.0.orderId …`), as Nest's ValidationPipe
 * words them, except for a field the DTO does not have: class-validator's
 * `property nickname should not exist` becomes `sender.nickname is not a
 * known field; sender accepts name, tel, mobile, …`, which says what to send.
 * Shared by WechatValidationPipe (HTTP 400) and the service's own check
 * (WechatValidationError), so both answer alike.
 */
export function describeValidationErrors(
  errors: readonly ValidationError[],
  parentPath = '',
): string[] {
  return errors.flatMap((error) => {
    const path = parentPath
      ? `${parentPath}.${error.property}`
      : error.property;
    const own = Object.entries(error.constraints ?? {}).map(
      ([name, message]) =>
        name === UNKNOWN_FIELD
          ? unknownField(
              error.property,
              parentPath,
              error.target?.constructor ?? owners.get(error),
            )
          : parentPath
            ? `${parentPath}.${message}`
            : message,
    );
    return [...own, ...describeValidationErrors(error.children ?? [], path)];
  });
}

function unknownField(
  name: string,
  parentPath: string,
  owner: unknown,
): string {
  const known = declaredFields(owner);
  const what = PLAUSIBLE_FIELD_NAME.test(name)
    ? `${parentPath ? `${parentPath}.` : ''}${name} is not a known field`
    : `${parentPath ? `${parentPath} has ` : ''}a field that is not known (its name is not quoted back)`;
  if (known.length === 0) return what;
  const where = parentPath ? `${parentPath} accepts` : 'accepted fields:';
  return `${what}; ${where} ${known.join(', ')}`;
}

/** The fields a DTO class declares rules for, in declaration order. */
export function declaredFields(type: unknown): string[] {
  if (typeof type !== 'function') return [];
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(
    type,
    undefined as unknown as string,
    false,
    false,
  );
  return [...new Set(metadatas.map((m) => m.propertyName))];
}
