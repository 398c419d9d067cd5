import { type AppApiSecurity, type AppSecurityKeys } from './app-api-security';
import {
  CURRENT_PLATFORM_KEY,
  type EmulatedPlatformKey,
  PREVIOUS_PLATFORM_KEY,
} from './emulated-platform-keys';
import { REPLY_TAMPERS, type ReplyTamper } from './reply-tampers';

/** A platform certificate as the MP console offers it for download: what a client trusts. */
export interface PlatformCertificate {
  /** The console SN (`Wechatmp-Serial`), not the X.509 serial number. */
  readonly sn: string;
  readonly certificatePem: string;
  readonly publicKeyPem: string;
}

/** WeChat does not say how far a request's `Wechatmp-TimeStamp` may drift before 40240. */
export const DEFAULT_TIMESTAMP_WINDOW_SECONDS = 300;

/** One secured request as the emulator decrypted it. */
export interface OpenedSecuredRequest {
  readonly path: string;
  readonly appId: string;
  /** The decrypted business JSON, without `_n`, `_appid`, `_timestamp`. */
  readonly body: Readonly<Record<string, unknown>>;
}

/**
 * The emulator's API-security controls (`wechat.apiSecurity`): the emulated
 * platform certificate, the rotation drill, the timestamp window, strictness
 * switches and one-shot reply tampers, for every app; plus the default app's
 * keys and console switch (`configure`, `requireSecurityForSupported`;
 * other apps: `wechat.app(appId).apiSecurity`).
 */
export class EmulatorApiSecurity {
  private drill = false;
  private windowSeconds = DEFAULT_TIMESTAMP_WINDOW_SECONDS;
  private serialRequired = false;
  private readonly tampers: ReplyTamper[] = [];
  private readonly opened: OpenedSecuredRequest[] = [];

  constructor(private readonly defaultApp: () => AppApiSecurity) {}

  /**
   * What secured calls carried once opened (any app), oldest first: the
   * request log holds only the `{iv,data,authtag}` envelope, so this is how a
   * test asserts the exact business fields a client encrypted.
   */
  openedRequests(path?: string): OpenedSecuredRequest[] {
    return this.opened.filter(
      (entry) => path === undefined || entry.path === path,
    );
  }

  /** The router records each request it opened (`openedRequests`). */
  recordOpened(entry: OpenedSecuredRequest): void {
    this.opened.push(entry);
  }

  /** The default app's keys (see `AppApiSecurity.configure`). */
  configure(keys: AppSecurityKeys | undefined): void {
    this.defaultApp().configure(keys);
  }

  /** The default app's console switch (see `AppApiSecurity.requireSecurityForSupported`). */
  requireSecurityForSupported(on: boolean): void {
    this.defaultApp().requireSecurityForSupported(on);
  }

  /** The certificate every secured reply is signed with (test-only; see emulated-platform-keys.ts). */
  get platform(): PlatformCertificate {
    return certificateOf(CURRENT_PLATFORM_KEY);
  }

  /** The expiring certificate a rotation drill also signs with (`-Deprecated` headers). */
  get deprecatedPlatform(): PlatformCertificate {
    return certificateOf(PREVIOUS_PLATFORM_KEY);
  }

  /**
   * Certificate rotation: while on, replies carry `Wechatmp-Serial-Deprecated`
   * and `Wechatmp-Signature-Deprecated` by `deprecatedPlatform` beside the
   * current pair, so a client that still trusts only the old certificate
   * must pick the signature by serial. @default false
   */
  rotateDrill(on: boolean): void {
    this.drill = on;
  }

  get rotating(): boolean {
    return this.drill;
  }

  /** How far (either way) a request's timestamp may be from the emulator clock before 40240. */
  get timestampWindowSeconds(): number {
    return this.windowSeconds;
  }

  set timestampWindowSeconds(seconds: number) {
    if (!Number.isInteger(seconds) || seconds < 0) {
      throw new RangeError(
        `apiSecurity.timestampWindowSeconds must be an integer >= 0, got ${seconds}`,
      );
    }
    this.windowSeconds = seconds;
  }

  /**
   * Demands `Wechatmp-Serial` on secured requests (40230 without it). Off by
   * default: WeChat's header table omits it and clients that never send it
   * work. @default false
   */
  requireSerial(on: boolean): void {
    this.serialRequired = on;
  }

  get serialDemanded(): boolean {
    return this.serialRequired;
  }

  /** Makes the next secured reply (of any app) bad in one way; calls queue up, one reply each. */
  tamperNextReply(tamper: ReplyTamper): void {
    if (!REPLY_TAMPERS.includes(tamper)) {
      throw new TypeError(
        `apiSecurity.tamperNextReply expects one of ${REPLY_TAMPERS.join(', ')}, got ${String(tamper)}`,
      );
    }
    this.tampers.push(tamper);
  }

  /** Tampers queued and not yet applied. */
  get pendingTampers(): readonly ReplyTamper[] {
    return [...this.tampers];
  }

  /** The emulator's router takes the next tamper as it seals a reply; `peek` leaves it queued. */
  nextTamper(peek = false): ReplyTamper | undefined {
    return peek ? this.tampers[0] : this.tampers.shift();
  }

  /** Drops queued tampers and opened requests (the emulator's `reset()`); keys, switches and the drill stay. */
  reset(): void {
    this.tampers.length = 0;
    this.opened.length = 0;
  }
}

function certificateOf(key: EmulatedPlatformKey): PlatformCertificate {
  const { sn, certificatePem, publicKeyPem } = key;
  return { sn, certificatePem, publicKeyPem };
}
