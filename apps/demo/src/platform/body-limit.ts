/** Largest request body the demo parses (JSON or XML); larger ones are answered 413. */
export const BODY_LIMIT_BYTES = 100 * 1024;
