import {
  CARRIER_REFUSALS,
  type CarrierRefusal,
} from '../local-delivery-replies';
import { type TipRule } from './local-carriers';

/** How SFTC tips behave, the docs disagreeing (§1.3, §7 item 3). */
export type SftcTipsMode = 'limited' | 'unsupported';

/** SFTC's addTips page: at most 10 raises, at most 200 yuan. */
const SFTC_MAX_CALLS = 10;
const SFTC_MAX_TIP = 200;

export interface TipRequest {
  readonly tips: number;
  readonly previous: number;
  readonly calls: number;
  readonly goodsValue: number;
}

/**
 * undefined when the carrier takes the new tip, else its refusal (§1.3,
 * §3.8): every carrier needs the new total above the last one; SS only its
 * tiers; DADA 0.1-yuan steps, ≤ 30 and ≤ the goods value; SFTC per `sftc`;
 * MTPS none at all.
 */
export function tipRefusal(
  rule: TipRule,
  request: TipRequest,
  sftc: SftcTipsMode,
): CarrierRefusal | undefined {
  if (rule.kind === 'unsupported') return CARRIER_REFUSALS.notSupported;
  if (rule.kind === 'sftc' && sftc === 'unsupported')
    return CARRIER_REFUSALS.notSupported;
  const { tips } = request;
  if (tips <= request.previous) return CARRIER_REFUSALS.badTip;
  switch (rule.kind) {
    case 'tiers':
      return rule.tiers.includes(tips) ? undefined : CARRIER_REFUSALS.badTip;
    case 'capped': {
      const steps = tips / rule.step;
      const onStep = Math.abs(steps - Math.round(steps)) < 1e-9;
      const withinValue = !rule.withinGoodsValue || tips <= request.goodsValue;
      return onStep && tips <= rule.max && withinValue
        ? undefined
        : CARRIER_REFUSALS.badTip;
    }
    case 'sftc':
      return request.calls < SFTC_MAX_CALLS && tips <= SFTC_MAX_TIP
        ? undefined
        : CARRIER_REFUSALS.badTip;
    default:
      return undefined;
  }
}
