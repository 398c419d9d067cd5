import {
  type EmulatorState,
  type RouteHandler,
} from '../../http/emulator-route';
import { okReply, type WechatReply } from '../../http/wechat-reply';
import { shippingError } from '../shipping-errmsgs';

/**
 * `appid` of is_trade_managed and is_trade_management_confirmation_completed
 * (§4.7, §4.8): required (40097), and without a third-party token only the
 * caller's own (40013). A non-string is 47001.
 */
function checkAppId(
  body: Readonly<Record<string, unknown>>,
  state: EmulatorState,
): WechatReply | undefined {
  const appid = body['appid'];
  if (appid !== undefined && typeof appid !== 'string')
    return shippingError(47001);
  if (!appid) return shippingError(40097, 'appid is required');
  return appid === state.appId ? undefined : shippingError(40013);
}

/** POST /wxa/sec/order/is_trade_managed: answers even for an app not enrolled (false). */
export const isTradeManagedHandler: RouteHandler = ({ body }, state) =>
  checkAppId(body, state) ??
  okReply({ is_trade_managed: state.shipping.tradeManaged });

/** POST /wxa/sec/order/is_trade_management_confirmation_completed. */
export const isConfirmationCompletedHandler: RouteHandler = ({ body }, state) =>
  checkAppId(body, state) ??
  okReply({ completed: state.shipping.confirmationCompleted });
