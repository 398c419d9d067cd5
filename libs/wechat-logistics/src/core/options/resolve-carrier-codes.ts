import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';

/** `carrierCodes` after validation: frozen, never empty (undefined instead). */
export type ResolvedCarrierCodes = Readonly<Record<string, string>>;

/**
 * `carrierCodes` of one level (`carrierCodes`, `apps[1].carrierCodes`,
 * `resolveApp("wx…").carrierCodes`): an object of non-empty strings, keys and
 * values without surrounding spaces (` YD` would reach WeChat as is). Merged
 * over `inherited` (the module's), the app's entry winning per key; the
 * module's own object when the app adds nothing, so apps that only inherit
 * share one mapping.
 */
export function resolveCarrierCodes(
  source: object,
  prefix: string,
  inherited: ResolvedCarrierCodes | undefined,
): ResolvedCarrierCodes | undefined {
  const value = (source as { carrierCodes?: unknown }).carrierCodes;
  const field = `${prefix}carrierCodes`;
  if (value === undefined) return inherited;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InvalidWechatLogisticsOptionsError(
      field,
      "must be an object mapping the logistics assistant's deliveryId to the carrier code of get_delivery_list, e.g. { YUNDA: 'YD' }",
    );
  const own = Object.entries(value as Record<string, unknown>);
  for (const [deliveryId, code] of own) {
    if (deliveryId.trim() === '' || deliveryId.trim() !== deliveryId)
      throw new InvalidWechatLogisticsOptionsError(
        field,
        `has the key ${JSON.stringify(deliveryId)}: keys are the logistics assistant's deliveryIds, non-empty and without surrounding spaces`,
      );
    const codeField = `${field}.${deliveryId}`;
    if (typeof code !== 'string' || code.trim() === '')
      throw new InvalidWechatLogisticsOptionsError(
        codeField,
        "must be a non-empty string (the carrier's code in get_delivery_list, e.g. 'YD')",
      );
    if (code.trim() !== code)
      throw new InvalidWechatLogisticsOptionsError(
        codeField,
        `must not start or end with spaces (got ${JSON.stringify(code)})`,
      );
  }
  if (own.length === 0) return inherited;
  return Object.freeze({ ...inherited, ...(value as Record<string, string>) });
}
