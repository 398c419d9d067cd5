import { type WechatEmulator } from 'nestjs-wechat-logistics/testing';

/** Fresh orders, faults and request log between tests, keeping the issued tokens so no test pays a token refresh. */
export function clearEmulatorKeepingTokens(wechat: WechatEmulator): void {
  wechat.orders.clear();
  wechat.faults.clear();
  wechat.requests.clear();
}

/**
 * Everything but the issued tokens: orders, carrier accounts, printers, the
 * sandbox quota, faults, and the request and push logs. For suites whose
 * tests bind accounts and printers too.
 */
export function clearEmulatorState(wechat: WechatEmulator): void {
  clearEmulatorKeepingTokens(wechat);
  wechat.accounts.clear();
  wechat.printers.clear();
  wechat.sandbox.reset();
  wechat.pushes.clear();
}
