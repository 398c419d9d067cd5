/**
 * One bad reply for a client's tests (`wechat.apiSecurity.tamperNextReply`),
 * each a failure a client must refuse rather than believe:
 * - 'body': one byte of the ciphertext changed after signing (signature fails);
 * - 'signature': signed by a key other than the platform certificate's, under
 *   its serial (as if the client trusted the wrong certificate);
 * - 'serial': genuinely signed, but `Wechatmp-Serial` names no certificate;
 * - 'timestamp': genuinely sealed and signed, with a timestamp an hour old;
 * - 'unsigned': the handler's answer in plain JSON without `Wechatmp-*`
 *   headers (a success where a signed one was due);
 * - 'replay': the previous genuine reply to the same app and path, byte for
 *   byte with its old timestamp and signature (waits until there is one);
 * - 'mismatched-appid' / 'mismatched-timestamp': genuinely signed and
 *   encrypted, but `_appid` / `_timestamp` inside disagree with the headers.
 */
export const REPLY_TAMPERS = [
  'body',
  'signature',
  'serial',
  'timestamp',
  'unsigned',
  'replay',
  'mismatched-appid',
  'mismatched-timestamp',
] as const;

export type ReplyTamper = (typeof REPLY_TAMPERS)[number];

/** How far back a 'timestamp' tamper dates its reply: beyond any sane window (300 s is the usual one). */
export const STALE_REPLY_AGE_SECONDS = 3600;

/** An SN no emulated certificate has, for the 'serial' tamper. */
export const UNKNOWN_PLATFORM_SN = '0000000000000000000000000000dead';

/** The body text with one base64 character of `data` changed: still JSON, still base64, wrong bytes. */
export function flipCiphertextByte(text: string): string {
  const at = text.indexOf('"data":"') + '"data":"'.length + 4;
  const replacement = text[at] === 'A' ? 'B' : 'A';
  return `${text.slice(0, at)}${replacement}${text.slice(at + 1)}`;
}
