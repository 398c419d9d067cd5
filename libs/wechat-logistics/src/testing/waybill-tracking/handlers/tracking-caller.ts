import { type EmulatorState } from '../../http/emulator-route';
import { type TrackingBook } from '../state/tracking-book';
import {
  type TrackingComponent,
  type WaybillRegistration,
} from '../state/tracking-records';

/**
 * The registration a `waybill_token` names in `component` (or, with
 * acceptOtherComponentTokens, in the other one), or 9300507: WeChat cannot
 * read a token it did not issue for this app and component.
 */
export function registrationOf(
  tracking: TrackingBook,
  component: TrackingComponent,
  token: unknown,
): WaybillRegistration | number {
  if (typeof token !== 'string' || token === '') return 9300507;
  const own = tracking.registrationFor(component, token);
  if (own) return own;
  const other = component === 'query' ? 'msg' : 'query';
  const crossed = tracking.settings.acceptOtherComponentTokens
    ? tracking.registrationFor(other, token)
    : undefined;
  return crossed ?? 9300507;
}

/**
 * The openid checks every call makes: 40003 for a missing (when required) or
 * malformed one, 9300534 for a user of another mini program.
 */
export function openidRefusal(
  { tracking }: EmulatorState,
  openid: unknown,
  required: boolean,
): number | undefined {
  if (openid === undefined && !required) return undefined;
  if (typeof openid !== 'string' || !/^[A-Za-z0-9_-]+$/.test(openid))
    return 40003;
  return tracking.isForeignOpenid(openid) ? 9300534 : undefined;
}

/** 48001 when the app has not enabled `component`. */
export function componentRefusal(
  { tracking }: EmulatorState,
  component: TrackingComponent,
): number | undefined {
  return tracking.settings.enabledComponents[component] ? undefined : 48001;
}
