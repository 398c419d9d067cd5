declare const unixTimestamp: unique symbol;

/**
 * A point in time as Unix seconds, branded so that a duration (getOrder's
 * `reachInSeconds`, seconds remaining) cannot be passed where a timestamp is
 * meant without a cast: 即时配送 uses `reach_time` for both (§7.7). Still a
 * number at run time.
 */
export type UnixTimestamp = number & { readonly [unixTimestamp]: true };
