/** The return calls whose success carries no data resolve with `{}`. */
type NoData = Record<string, never>;

/** Result of `returns.unbindReturnId` and `returns.legacyUnbindReturnId`. */
export type UnbindReturnIdResult = NoData;
/** Result of `returns.applyReturnPlugin`. */
export type ApplyReturnPluginResult = NoData;
