import { type PathUpdateEvent } from './path-update-event';
import { type PushFormat } from './push-body';

/**
 * The encryption mode chosen in the console (§11): `plain` (明文), `compatible`
 * (兼容: plaintext fields and `Encrypt` side by side; we use the decrypted copy)
 * or `safe` (安全: only `ToUserName` and `Encrypt`).
 */
export type PushMode = 'plain' | 'compatible' | 'safe';

/** How the push arrived; useful in logs when a console setting changes. */
export interface PushEnvelope {
  mode: PushMode;
  /** The wire format of the body (an encrypted message carries the same format inside). */
  format: PushFormat;
}

/** A verified `add_express_path` push. */
export interface DecodedPathUpdate extends PushEnvelope {
  kind: 'path-update';
  event: PathUpdateEvent;
}

/** A verified push of another kind: acknowledge it with `success` and do nothing. */
export interface DecodedIgnoredPush extends PushEnvelope {
  kind: 'ignored';
  msgType: string;
  /** The `Event` field; absent for non-event messages. */
  event: string | undefined;
}

export type DecodedPush = DecodedPathUpdate | DecodedIgnoredPush;
