import { closestName } from './closest-name';
import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';

/**
 * Every key of the option interface `T`, each set to `true`. Written as an
 * object literal of this type, a key the interface gains but the list lacks,
 * or a key listed that the interface lacks, is a compile error: the keys
 * checked at bootstrap cannot drift from the documented interface.
 */
export type EveryKeyOf<T> = { readonly [K in keyof Required<T>]: true };

/** The keys one level of the options accepts, and the interface documenting them (named in errors). */
export interface KnownOptionKeys {
  readonly interfaceName: string;
  readonly keys: readonly string[];
}

/**
 * Declares one level's keys, beside its resolver:
 * `knownOptionKeys<WechatRetryOptions>('WechatRetryOptions', { maxAttempts: true, … })`.
 */
export function knownOptionKeys<T>(
  interfaceName: string,
  keys: EveryKeyOf<T>,
): KnownOptionKeys {
  return { interfaceName, keys: Object.keys(keys) };
}

/**
 * Refuses a key `source` has but its level does not know (a misspelling like
 * `timeoutMS` would otherwise leave the default in force without a word),
 * naming it with its place (`apps[1].pushTken`) and the key it most likely
 * meant. Runs before the level's other checks, so `appid` is answered as the
 * misspelling of `appId` it is rather than as a missing `appId`.
 */
export function refuseUnknownOptionKeys(
  source: object,
  known: KnownOptionKeys,
  prefix = '',
): void {
  for (const key of Object.keys(source)) {
    if (known.keys.includes(key)) continue;
    const meant = closestName(key, known.keys);
    throw new InvalidWechatLogisticsOptionsError(
      prefix + key,
      meant === undefined
        ? `is unknown (${known.interfaceName} has ${known.keys.join(', ')})`
        : `is unknown (not in ${known.interfaceName}): did you mean "${meant}"?`,
    );
  }
}
