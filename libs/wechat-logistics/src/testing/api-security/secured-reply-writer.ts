import { randomBytes } from 'node:crypto';
import { type EmulatorClock } from '../state/emulator-clock';
import { type WechatReply } from '../http/wechat-reply';
import {
  CURRENT_PLATFORM_KEY,
  PREVIOUS_PLATFORM_KEY,
} from './emulated-platform-keys';
import { type EmulatorApiSecurity } from './emulator-api-security';
import { GCM_IV_BYTES } from './gcm-envelope';
import {
  type ReplySealInput,
  sealReplyBody,
  type SealedReply,
  signReply,
} from './reply-sealer';
import {
  flipCiphertextByte,
  STALE_REPLY_AGE_SECONDS,
  UNKNOWN_PLATFORM_SN,
} from './reply-tampers';

/** The app and keys a secured request was opened with: its reply is sealed for the same. */
export interface SecuredExchange {
  readonly path: string;
  readonly appId: string;
  readonly aesKey: string;
  readonly aesSn: string;
}

/**
 * Turns a handler's answer to a secured request into WeChat's encrypted,
 * signed reply (fresh IV and `_n`, the emulator clock's timestamp), applying
 * the next queued tamper. Remembers each app+path's last genuine reply for
 * the 'replay' tamper.
 */
export class SecuredReplyWriter {
  private readonly lastGenuine = new Map<string, SealedReply>();

  constructor(
    private readonly clock: EmulatorClock,
    private readonly security: EmulatorApiSecurity,
  ) {}

  write(exchange: SecuredExchange, reply: WechatReply): WechatReply {
    const key = `${exchange.appId} ${exchange.path}`;
    const previous = this.lastGenuine.get(key);
    // A replay needs an earlier reply to this path; until there is one it waits.
    const waitingReplay =
      this.security.nextTamper(true) === 'replay' && !previous;
    const tamper = waitingReplay ? undefined : this.security.nextTamper();

    if (tamper === 'unsigned') return reply;
    if (tamper === 'replay' && previous) return sealed(reply, previous);

    const now = this.clock.nowSeconds();
    const timestamp =
      tamper === 'timestamp' ? now - STALE_REPLY_AGE_SECONDS : now;
    const input: ReplySealInput = {
      ...exchange,
      timestamp,
      iv: randomBytes(GCM_IV_BYTES),
      nonce: randomBytes(16).toString('base64').replace(/=+$/, ''),
      result: reply.body,
      ...(tamper === 'mismatched-appid' && {
        innerAppId: 'wx0000000000mismatch',
      }),
      ...(tamper === 'mismatched-timestamp' && {
        innerTimestamp: timestamp - 1,
      }),
    };
    const text = sealReplyBody(input);
    const { path, appId } = exchange;
    const drill = this.security.rotating ? PREVIOUS_PLATFORM_KEY : undefined;
    const signer =
      tamper === 'signature' ? PREVIOUS_PLATFORM_KEY : CURRENT_PLATFORM_KEY;
    const headers = {
      ...signReply(path, appId, timestamp, text, signer, drill),
      'Wechatmp-Serial':
        tamper === 'serial' ? UNKNOWN_PLATFORM_SN : CURRENT_PLATFORM_KEY.sn,
    };
    const genuine: SealedReply = { text, headers, timestamp };
    if (tamper === undefined) this.lastGenuine.set(key, genuine);
    if (tamper === 'body') {
      return sealed(reply, { ...genuine, text: flipCiphertextByte(text) });
    }
    return sealed(reply, genuine);
  }

  /** Forgets remembered replies (the emulator's `reset()`). */
  reset(): void {
    this.lastGenuine.clear();
  }
}

function sealed(reply: WechatReply, wire: SealedReply): WechatReply {
  return { ...reply, text: wire.text, headers: wire.headers };
}
