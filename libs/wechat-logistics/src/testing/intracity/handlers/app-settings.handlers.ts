import { type RouteHandler } from '../../http/emulator-route';
import { okReply } from '../../http/wechat-reply';
import {
  fieldInvalid,
  fieldRequired,
  intracityError,
} from '../intracity-errors';
import { text } from '../intracity-fields';
import {
  INTRACITY_CARRIERS,
  INTRACITY_CITIES,
} from '../state/intracity-carriers';
import { isPayMode } from '../state/intracity-ledger';
import { readOptionalCarrier } from './payer-fields';

/** The `appid` setpaymode/getpaymode must send: the token's app, else 934012 (§4.9). */
function appidRefusal(body: Readonly<Record<string, unknown>>, appId: string) {
  const appid = text(body, 'appid');
  if (appid === undefined) return fieldRequired('appid');
  return appid === appId ? undefined : intracityError(934012);
}

/**
 * setpaymode (§4.9). WeChat applies it once an administrator confirms a
 * template message; the emulator applies it at once (inference: no admin to
 * ask).
 */
export const setPayModeHandler: RouteHandler = (
  { body },
  { intracity, appId },
) => {
  const refusal = appidRefusal(body, appId);
  if (refusal) return refusal;
  const mode = body['pay_mode'];
  if (mode === undefined || mode === '') return fieldRequired('pay_mode');
  if (!isPayMode(mode)) return fieldInvalid('pay_mode');
  intracity.setPayMode(mode);
  return okReply();
};

/** getpaymode (§4.10): `pay_appid` in APP mode, `pay_component_appid` in COMPONENT mode. */
export const getPayModeHandler: RouteHandler = (
  { body },
  { intracity, appId },
) => {
  const refusal = appidRefusal(body, appId);
  if (refusal) return refusal;
  const mode = intracity.payMode;
  return okReply({
    pay_mode: mode,
    ...(mode === 'PAY_MODE_APP' ? { pay_appid: appId } : {}),
    ...(mode === 'PAY_MODE_COMPONENT'
      ? { pay_component_appid: intracity.payComponentAppid ?? '' }
      : {}),
  });
};

/** getcity (§4.11): each carrier's cities, or one carrier's. */
export const getCityHandler: RouteHandler = ({ body }) => {
  const only = readOptionalCarrier(body);
  if (only !== undefined && typeof only !== 'string') return only;
  const carriers = only === undefined ? INTRACITY_CARRIERS : [only];
  return okReply({
    support_list: carriers.map((carrier) => ({
      service_trans_id: carrier,
      city_list: INTRACITY_CITIES[carrier].map((city) => ({
        city_code: city.cityCode,
        city_name: city.cityName,
      })),
    })),
  });
};
