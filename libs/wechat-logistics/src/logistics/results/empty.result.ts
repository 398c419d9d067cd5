/** A call whose success carries no data: updatePrinter and testUpdateOrder resolve with `{}`. */
export type EmptyResult = Record<string, never>;

/** Result of `logistics.updatePrinter`. */
export type UpdatePrinterResult = EmptyResult;

/** Result of `logistics.testUpdateOrder`. */
export type TestUpdateOrderResult = EmptyResult;
