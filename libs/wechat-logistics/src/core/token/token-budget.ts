import { WechatTransportError } from '../errors';

/** The caller's budget ran out before a token came: a timeout of the call that needed it. */
export function tokenBudgetUsedUp(api: string): WechatTransportError {
  return new WechatTransportError(
    'timeout',
    api,
    'no access token within the call budget',
  );
}
