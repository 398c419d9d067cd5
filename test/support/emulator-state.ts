import { type WechatEmulator } from 'nestjs-wechat-logistics/testing';

/** Fresh orders, faults and request log between tests, keeping the issued tokens so no test pays a token refresh. */
export function clearEmulatorKeepingTokens(wechat: WechatEmulator): void {
  wechat.orders.clear();
  wechat.faults.clear();
  wechat.requests.clear();
}
