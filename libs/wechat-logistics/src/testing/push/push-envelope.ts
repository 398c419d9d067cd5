import { randomInt } from 'node:crypto';
import {
  computeMsgSignature,
  computeSignature,
  type PushCipher,
} from '../../push';
import { type EmulatedPushMessage } from './emulated-push-message';
import { type ResolvedEmulatorPushOptions } from './emulator-push-options';
import { serializePushBody } from './push-body-text';

/** One signed request, ready to send: WeChat's query parameters and the body. */
export interface SealedPush {
  /** `signature`, `timestamp`, `nonce`, `openid`; plus `encrypt_type` and `msg_signature` when encrypted. */
  readonly query: Readonly<Record<string, string>>;
  readonly body: string;
  readonly contentType: 'text/xml' | 'application/json';
}

/** Per-request values: each attempt is signed afresh. */
export interface SealInput {
  /** Unix seconds, as a decimal string. */
  readonly timestamp: string;
  readonly nonce: string;
  /** Required for `safe` and `compatible` mode. */
  readonly cipher: PushCipher | undefined;
}

/** A fresh nonce in WeChat's style: a 9- or 10-digit decimal number. */
export function newPushNonce(): string {
  return String(randomInt(100_000_000, 10_000_000_000));
}

/**
 * Signs (and in safe/compatible mode encrypts) `message` the way WeChat does
 * (§11.2, §11.3). The encrypted message has the body's format: XML inside XML,
 * JSON inside JSON.
 */
export function sealPush(
  message: EmulatedPushMessage,
  options: ResolvedEmulatorPushOptions,
  { timestamp, nonce, cipher }: SealInput,
): SealedPush {
  const { token, mode, format } = options;
  const contentType = format === 'xml' ? 'text/xml' : 'application/json';
  const query: Record<string, string> = {
    signature: computeSignature(token, timestamp, nonce),
    timestamp,
    nonce,
    openid: message.FromUserName,
  };
  const plaintext = serializePushBody(message, format);
  if (mode === 'plain') return { query, body: plaintext, contentType };

  if (!cipher) throw new Error(`a ${mode}-mode push needs an encodingAesKey`);
  const encrypt = cipher.encrypt(plaintext);
  query['encrypt_type'] = 'aes';
  query['msg_signature'] = computeMsgSignature(
    token,
    timestamp,
    nonce,
    encrypt,
  );
  const outer =
    mode === 'safe'
      ? { ToUserName: message.ToUserName, Encrypt: encrypt }
      : { ...message, Encrypt: encrypt };
  return { query, body: serializePushBody(outer, format), contentType };
}
