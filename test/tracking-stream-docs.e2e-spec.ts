import { type INestApplication } from '@nestjs/common';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import * as http from 'node:http';
import request from 'supertest';
import { emulatorEnv, startDemoApp } from './support/demo-app';
import {
  type PushSettings,
  postPush,
  sealedPathUpdate,
} from './support/push-request';

const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

/** The lines of a Server-Sent Events message as [field, value] pairs. */
function fieldsOf(message: string): [string, string][] {
  return message
    .trimEnd()
    .split('\n')
    .map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon), line.slice(colon + 1).trimStart()];
    });
}

/**
 * The first message of `event` on the stream at `url`, its raw text and
 * content type. Nest sends the stream's headers with its first message, so
 * nothing tells when the server has subscribed: `trigger(n)` (a push of
 * version n) runs again until a message comes.
 */
async function firstMessage(
  url: string,
  event: string,
  trigger: (attempt: number) => Promise<unknown>,
): Promise<{ contentType: string | undefined; message: string }> {
  let received:
    { contentType: string | undefined; message: string } | undefined;
  const outgoing = http.get(url, (incoming) => {
    let buffer = '';
    incoming.setEncoding('utf8');
    incoming.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\n\n'); end >= 0 && !received;) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (message.startsWith(`event: ${event}\n`))
          received = { contentType: incoming.headers['content-type'], message };
        end = buffer.indexOf('\n\n');
      }
    });
  });
  outgoing.on('error', () => undefined);
  try {
    for (let attempt = 1; attempt <= 100 && !received; attempt += 1) {
      await trigger(attempt);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    outgoing.destroy();
  }
  if (!received) throw new Error(`no "${event}" message on ${url}`);
  return received;
}

/**
 * What OpenAPI says of `GET /tracking/stream` is what the stream sends: its
 * content type, and messages with the documented fields whose data has the
 * documented example's fields.
 */
describe('GET /tracking/stream, as documented', () => {
  let wechat: WechatEmulator;
  let app: INestApplication;
  let settings: PushSettings;
  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    settings = {
      token: 'stream-docs-token',
      encodingAesKey: AES_KEY,
      appId: wechat.appId,
    };
    app = await startDemoApp(
      emulatorEnv(wechat, {
        WECHAT_PUSH_TOKEN: settings.token,
        WECHAT_PUSH_AES_KEY: AES_KEY,
      }),
    );
    await app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    await wechat?.stop();
  });

  it('sends `event: waybill` messages shaped as the OpenAPI example shows', async () => {
    const docs = await request(app.getHttpServer())
      .get('/docs-json')
      .expect(200);
    const documented = docs.body.paths['/tracking/stream'].get.responses['200']
      .content as Record<string, { example: string }>;
    const [documentedType] = Object.keys(documented);
    const example = fieldsOf(documented[documentedType].example);

    const { contentType, message } = await firstMessage(
      `${await app.getUrl()}/tracking/stream`.replace('[::1]', '127.0.0.1'),
      'waybill',
      (version) =>
        postPush(
          app,
          sealedPathUpdate(settings, {
            orderId: 'O-DOCS',
            waybillId: 'WB-DOCS',
            version,
          }),
        ).expect(200, 'success'),
    );
    const sent = fieldsOf(message);

    expect(contentType?.split(';')[0]).toBe(documentedType);
    expect(sent.map(([field]) => field)).toEqual(
      example.map(([field]) => field),
    );
    const dataOf = (fields: [string, string][]) =>
      JSON.parse(fields.find(([field]) => field === 'data')?.[1] ?? '{}') as {
        nodes: object[];
      };
    const keys = (value: object) => Object.keys(value).sort();
    expect(keys(dataOf(sent))).toEqual(keys(dataOf(example)));
    expect(keys(dataOf(sent).nodes[0])).toEqual(keys(dataOf(example).nodes[0]));
    expect(dataOf(sent)).toMatchObject({
      orderId: 'O-DOCS',
      waybillId: 'WB-DOCS',
    });
  });
});
