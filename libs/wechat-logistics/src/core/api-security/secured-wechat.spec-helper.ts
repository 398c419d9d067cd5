import {
  type KeyObject,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
} from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { EXAMPLE } from './official-example.spec-helper';
import { signPss, verifyPss } from './rsa-pss';
import { openEnvelope, readEnvelope, sealEnvelope } from './sealed-envelope';
import { additionalData, signedString, urlPathOf } from './signed-strings';

/** How the next replies are spoiled, one check each. */
export type ReplyFault =
  | 'none'
  | 'tamper-byte'
  | 'wrong-certificate'
  | 'unsigned-success'
  | 'replay'
  | 'stale'
  | 'refuse-40234';

/**
 * A tiny in-test WeChat for API security, on loopback: verifies each
 * request (the app's signature with the example app key, the AAD, the
 * decrypted `_appid`/`_timestamp`) exactly as the reference says, answers
 * `answer(path, plaintext)` sealed and signed with its own platform key,
 * or spoiled by `fault`. Not the emulator (wt-sec-emu's): the library's
 * transformer tested against an independent verifier.
 */
export async function startSecuredWechat(
  answer: (path: string, request: Record<string, unknown>) => object,
) {
  const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const impostor = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const appPublicKey = createPublicKey(createPrivateKey(EXAMPLE.privateKey));
  const aesKey = Buffer.from(EXAMPLE.aesKey, 'base64');
  const state = {
    fault: 'none' as ReplyFault,
    /** Requests received, each with what the verifier made of it. */
    requests: [] as {
      method: string;
      path: string;
      verified: boolean;
      plaintext?: Record<string, unknown>;
      headers: Record<string, string | string[] | undefined>;
    }[],
    lastReply: undefined as
      { headers: Record<string, string>; body: string } | undefined,
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0];
      const raw = Buffer.concat(chunks).toString('utf8');
      const appId = String(req.headers['wechatmp-appid'] ?? '');
      const ts = Number(req.headers['wechatmp-timestamp']);
      const urlPath = urlPathOf(path);
      const signatureOk = verifyPss(
        appPublicKey,
        signedString(urlPath, appId, ts, raw),
        String(req.headers['wechatmp-signature'] ?? ''),
      );
      let plaintext: Record<string, unknown> | undefined;
      try {
        const opened = openEnvelope(
          aesKey,
          readEnvelope(JSON.parse(raw))!,
          additionalData(urlPath, appId, ts, EXAMPLE.aesSn),
        );
        plaintext = opened
          ? (JSON.parse(opened) as Record<string, unknown>)
          : undefined;
      } catch {
        plaintext = undefined;
      }
      const verified =
        signatureOk &&
        plaintext !== undefined &&
        plaintext._appid === appId &&
        plaintext._timestamp === ts;
      state.requests.push({
        method: req.method ?? '',
        path,
        verified,
        plaintext,
        headers: req.headers,
      });
      const send = (headers: Record<string, string>, body: string) => {
        res.writeHead(200, { 'content-type': 'application/json', ...headers });
        res.end(body);
      };
      // A plain call (an API that merely supports API security) is answered plain.
      if (req.headers['wechatmp-signature'] === undefined)
        return send({}, JSON.stringify(answer(path, {})));
      if (!verified || state.fault === 'refuse-40234')
        return send(
          {},
          '{"errcode":40234,"errmsg":"invalid signature rid: 0-0-0"}',
        );
      if (state.fault === 'replay' && state.lastReply)
        return send(state.lastReply.headers, state.lastReply.body);
      if (state.fault === 'unsigned-success')
        return send({}, JSON.stringify(answer(path, plaintext!)));
      const replyTs =
        Math.floor(Date.now() / 1000) - (state.fault === 'stale' ? 400 : 0);
      const body = sealEnvelope(
        aesKey,
        randomBytes(12),
        additionalData(urlPath, appId, replyTs, EXAMPLE.aesSn),
        JSON.stringify({
          ...answer(path, plaintext!),
          _n: randomBytes(16).toString('base64'),
          _appid: appId,
          _timestamp: replyTs,
        }),
      );
      const signer: KeyObject =
        state.fault === 'wrong-certificate'
          ? impostor.privateKey
          : platform.privateKey;
      const headers = {
        'Wechatmp-Appid': appId,
        'Wechatmp-TimeStamp': String(replyTs),
        'Wechatmp-Serial': 'platform-sn-1',
        'Wechatmp-Signature': signPss(
          signer,
          signedString(urlPath, appId, replyTs, body),
        ),
      };
      state.lastReply = { headers, body };
      // One byte of the body changed after signing (a base64 letter of `data`).
      send(
        headers,
        state.fault === 'tamper-byte'
          ? body.replace(
              /"data":"(.)/,
              (_, c: string) => `"data":"${c === 'A' ? 'B' : 'A'}`,
            )
          : body,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    platformPublicKeyPem: platform.publicKey
      .export({ type: 'spki', format: 'pem' })
      .toString(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
