import { SANDBOX_DELIVERY_ID } from '../../logistics/enums/sandbox.constants';

/**
 * Why a carrier has no code for 物流服务 and 发货信息管理's `express_company`:
 * - `unknown-carrier`: the logistics assistant's list (`delivery/getall`) has
 *   no such deliveryId — the caller's mistake; the filter answers 404, as for
 *   WeChat's own 9300503 "delivery id not registered";
 * - `no-match` / `ambiguous`: a real carrier that nothing, or more than one
 *   entry, of `get_delivery_list` matches — this server's `carrierCodes`
 *   option must name its code; the filter answers 500 and logs the fix.
 */
export type CarrierNotMappedReason =
  'unknown-carrier' | 'no-match' | 'ambiguous';

/** Longest deliveryId quoted back: the value is the caller's. */
const MAX_QUOTED = 64;

export interface CarrierNotMappedDetail {
  /** The carrier's name in the logistics assistant's list, when it has one. */
  readonly deliveryName?: string;
  /** The tracking carriers that matched equally well (`ambiguous`). */
  readonly candidates?: readonly {
    readonly deliveryId: string;
    readonly deliveryName: string;
  }[];
}

/**
 * A carrier has no code for tracking or the shipping upload: raised by
 * `WechatCarrierCodeService` before anything is sent for it (the carrier
 * lists may have been read). The message names the carrier and the fix.
 */
export class WechatCarrierNotMappedError extends Error {
  override readonly name = 'WechatCarrierNotMappedError';
  /** The logistics assistant's deliveryId asked for (at most 64 characters of it). */
  readonly deliveryId: string;

  constructor(
    deliveryId: string,
    readonly reason: CarrierNotMappedReason,
    readonly detail: CarrierNotMappedDetail = {},
  ) {
    const id = String(deliveryId).slice(0, MAX_QUOTED);
    super(messageFor(id, reason, detail));
    this.deliveryId = id;
  }
}

function messageFor(
  deliveryId: string,
  reason: CarrierNotMappedReason,
  { deliveryName, candidates = [] }: CarrierNotMappedDetail,
): string {
  const quoted = JSON.stringify(deliveryId);
  const fix = `set its code with the carrierCodes option (module or app entry), e.g. carrierCodes: { ${quoted}: '<delivery_id from get_delivery_list>' }`;
  if (reason === 'unknown-carrier')
    return `The logistics assistant has no carrier ${quoted} (delivery/getall does not list it), so it has no code for tracking or the shipping upload: check the deliveryId, or ${fix}. Nothing was sent.`;
  const named = deliveryName ? `${quoted} (${deliveryName})` : quoted;
  const sandbox =
    deliveryId === SANDBOX_DELIVERY_ID
      ? ` ${SANDBOX_DELIVERY_ID} is the sandbox carrier: real WeChat refuses sandbox waybills for tracking; with the emulator use carrierCodes: { TEST: 'TEST' }.`
      : '';
  if (reason === 'ambiguous') {
    const list = candidates
      .slice(0, 5)
      .map((c) => `${c.deliveryId} ${c.deliveryName}`)
      .join(', ');
    return `The carrier ${named} matches several carriers of WeChat's tracking list (get_delivery_list) by name: ${list}. To say which, ${fix}. Nothing was sent.`;
  }
  return `The carrier ${named} matches no carrier of WeChat's tracking list (get_delivery_list) by id or name, so it has no code for tracking or the shipping upload: ${fix}. Nothing was sent.${sandbox}`;
}
