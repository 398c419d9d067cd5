import { Injectable, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  OnWechatEvent,
  PushHandlerFailedError,
  type WechatEventMap,
  WechatLogisticsModule,
  type WechatMessage,
  WechatPushService,
} from 'nestjs-wechat-logistics';
import { CapturingLogger } from './support/capturing-logger';
import {
  EVERY_EVENT_PUSHES,
  type ExamplePush,
  TEXT_MESSAGE,
} from './support/every-event-pushes';
import { type PushSettings, sealedPush } from './support/push-request';

const settings: PushSettings = {
  token: 'untyped-token',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  appId: 'wx0123456789abcdef',
};
const sealed = (push: ExamplePush) =>
  sealedPush(settings, push.fields, push.format);
const SETTLED = EVERY_EVENT_PUSHES.find(
  (p) => p.record === 'trade_manage_order_settlement settled',
)!;

async function start(
  providers: (new (...args: never[]) => unknown)[],
): Promise<{ app: INestApplicationContext; logger: CapturingLogger }> {
  const logger = new CapturingLogger();
  const moduleRef = await Test.createTestingModule({
    imports: [
      WechatLogisticsModule.forRoot({
        appId: settings.appId,
        appSecret: 'unused',
        pushToken: settings.token,
        encodingAesKey: settings.encodingAesKey,
      }),
    ],
    providers,
  })
    .setLogger(logger)
    .compile();
  return { app: await moduleRef.init(), logger };
}

describe('pushes nobody handles, and messages without a type', () => {
  let app: INestApplicationContext | undefined;
  afterEach(() => app?.close());

  it('a push nobody handles is acknowledged and logged at debug by its name only, never its content', async () => {
    const started = await start([]);
    app = started.app;
    const push = app.get(WechatPushService);
    for (const example of [...EVERY_EVENT_PUSHES.slice(1), TEXT_MESSAGE]) {
      const outcome = await push.receive(sealed(example));
      expect(outcome.status).toBe('ignored');
    }
    const lines = started.logger.messages('debug', 'WechatLogistics');
    const ignored = lines.filter((line) => line.includes('Push ignored'));
    expect(ignored).toHaveLength(EVERY_EVENT_PUSHES.length);
    expect(ignored.join('\n')).toContain('event=trade_manage_order_settlement');
    expect(ignored.join('\n')).toContain('msgType=text');
    const text = started.logger.text();
    for (const content of [
      'oSystem000000000000000000000',
      '4200000000202311150000000001',
      'ORD20231115001',
      '张三',
      '13712345678',
      'hello',
      'please integrate',
    ])
      expect(text).not.toContain(content);
  });

  it("a message without a type reaches its named and '*' handlers once per receive: a second copy runs them again", async () => {
    const seen: string[] = [];
    @Injectable()
    class Messages {
      @OnWechatEvent('text')
      text(message: WechatMessage): void {
        seen.push(`text:${String(message['Content'])}`);
      }

      @OnWechatEvent('*')
      any(message: WechatMessage): void {
        seen.push(`*:${String(message['MsgType'])}`);
      }
    }
    app = (await start([Messages])).app;
    const push = app.get(WechatPushService);
    await expect(push.receive(sealed(TEXT_MESSAGE))).resolves.toMatchObject({
      status: 'delivered',
      msgType: 'text',
      event: undefined,
      reply: { body: 'success' },
    });
    await push.receive(sealed(TEXT_MESSAGE));
    expect(seen).toEqual(['text:hello', '*:text', 'text:hello', '*:text']);
  });

  it('a typed handler that fails: 500 for WeChat to re-send, one ERROR line with the keys and not the content; the re-send runs it again', async () => {
    let calls = 0;
    @Injectable()
    class FlakySettlement {
      @OnWechatEvent('trade_manage_order_settlement')
      settle(event: WechatEventMap['trade_manage_order_settlement']): void {
        calls += 1;
        if (calls === 1) throw new Error(`ledger down for ${event.stage}`);
      }
    }
    const started = await start([FlakySettlement]);
    app = started.app;
    const push = app.get(WechatPushService);
    const refusal = await push
      .receive(sealed(SETTLED))
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PushHandlerFailedError);
    const [line] = started.logger.messages('error', 'WechatLogistics');
    expect(line).toMatch(
      /Handler of trade_manage_order_settlement failed; the event is not retried .*transactionId=4200000000202311150000000001 stage=settled handlers=FlakySettlement\.settle causes="ledger down for settled"/,
    );
    expect(line).not.toContain('ORD20231115001');
    await expect(push.receive(sealed(SETTLED))).resolves.toMatchObject({
      status: 'processed',
      name: 'trade_manage_order_settlement',
    });
    await expect(push.receive(sealed(SETTLED))).resolves.toMatchObject({
      status: 'duplicate',
    });
    expect(calls).toBe(2);
  });
});
