import { type EmulatorPushOptions } from '../push/emulator-push-options';
import { type EmulatedPathUpdateListener } from '../logistics/push/path-update-notifier';
import { type PushDelivery } from '../push/push-log';
import { type AccountBook } from '../logistics/state/account-book';
import { type OrderBook } from '../logistics/state/order-book';
import { type PrinterBook } from '../logistics/state/printer-book';
import { type SandboxQuota } from '../logistics/state/sandbox-quota';
import { type TokenAuthority } from './token-authority';
import { type AppApiSecurity } from '../api-security/app-api-security';
import { type FamilyStates } from './family-states';

/**
 * One mini program the emulator serves, with everything WeChat keeps per
 * AppID: its secret and tokens, orders, carrier accounts, printers, sandbox
 * quota and message-push settings. What WeChat keeps globally (the carrier
 * list) and what the test harness owns (clock, faults, request and push
 * logs) stay on the `WechatEmulator`. Reached through `emulator.app(appId)`.
 * Each API family's state is a member too (`shipping`: payments, their
 * shipping states and the controls; see FAMILY_STATES).
 */
export interface EmulatedApp extends FamilyStates {
  readonly appId: string;
  readonly appSecret: string;
  /** This app's tokens: fetch counts, revoke, expiry. A token works for this app only. */
  readonly tokens: TokenAuthority;
  readonly orders: OrderBook;
  readonly accounts: AccountBook;
  readonly printers: PrinterBook;
  /** This app's sandbox daily test-call quota (930564); off until `setDailyLimit`. */
  readonly sandbox: SandboxQuota;
  /**
   * This app's API security (服务端API安全鉴权) as its console holds it: the
   * symmetric key, the app's public key, the "API加密" switch.
   */
  readonly apiSecurity: AppApiSecurity;
  /**
   * Sets, replaces (`options`) or turns off (`undefined`) this app's message
   * push; events are sealed with this app's Token, EncodingAESKey and AppID.
   * Validates first and throws naming the field.
   */
  configurePush(options: EmulatorPushOptions | undefined): void;
  /**
   * Pushes `orderId`'s current track again (same Version) and resolves once
   * delivered or given up. Rejects when this app's push is off or the order
   * does not exist.
   */
  pushPathUpdate(orderId: string): Promise<PushDelivery>;
  /** Calls `listener` whenever one of this app's waybills gets a track node; returns an unsubscribe function. */
  onPathUpdate(listener: EmulatedPathUpdateListener): () => void;
}
