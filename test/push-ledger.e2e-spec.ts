import { CacheModule } from '@nestjs/cache-manager';
import { Injectable, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import Keyv from 'keyv';
import {
  OnPathUpdate,
  type PathUpdateContext,
  type PathUpdateEvent,
  PushHandlerFailedError,
  WechatLogisticsModule,
  WechatPushService,
} from 'nestjs-wechat-logistics';
import { CapturingLogger } from './support/capturing-logger';
import { type PushSettings, sealedPathUpdate } from './support/push-request';

const settings: PushSettings = {
  token: 'ledgertoken',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  appId: 'wx0123456789abcdef',
};

/** A handler that records what it got, and can be told to fail or hang. */
@Injectable()
class RecordingHandler {
  readonly calls: { version: number; stale: boolean }[] = [];
  failNext = 0;
  hangNext = false;

  @OnPathUpdate()
  async handle(
    event: PathUpdateEvent,
    context: PathUpdateContext,
  ): Promise<void> {
    if (this.hangNext) {
      this.hangNext = false;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error('order database unavailable');
    }
    this.calls.push({ version: event.version, stale: context.stale });
  }
}

/**
 * One app instance; several share `store` the way several servers share a
 * Redis. Its log goes to `logger`, where the tests of a failing handler look
 * for the error it logs.
 */
async function instance(
  store: Keyv,
  logger: CapturingLogger,
): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      CacheModule.register({ isGlobal: true, stores: [store] }),
      WechatLogisticsModule.forRoot({
        appId: settings.appId,
        appSecret: 'unused',
        pushToken: settings.token,
        encodingAesKey: settings.encodingAesKey,
        push: { handlerTimeoutMs: 200 },
      }),
    ],
    providers: [RecordingHandler],
  })
    .setLogger(logger)
    .compile();
  return moduleRef.init();
}

const pushOf = (version: number, waybillId = 'WB-1') => {
  const built = sealedPathUpdate(
    settings,
    { orderId: 'O-1', waybillId, version },
    'xml',
  );
  return {
    query: built.query,
    body: Buffer.from(built.body),
    contentType: built.contentType,
  };
};

describe('push deduplication and ordering through the shared cache store', () => {
  let store: Keyv;
  let a: INestApplicationContext;
  let b: INestApplicationContext;
  let logger: CapturingLogger;

  beforeEach(async () => {
    store = new Keyv();
    logger = new CapturingLogger();
    [a, b] = await Promise.all([
      instance(store, logger),
      instance(store, logger),
    ]);
  });
  afterEach(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  const handlerOf = (app: INestApplicationContext) => app.get(RecordingHandler);
  const pushes = (app: INestApplicationContext) => app.get(WechatPushService);

  it('handles an event once even when WeChat re-sends it to another instance', async () => {
    await expect(pushes(a).receive(pushOf(1))).resolves.toMatchObject({
      status: 'processed',
      stale: false,
    });
    await expect(pushes(b).receive(pushOf(1))).resolves.toMatchObject({
      status: 'duplicate',
    });
    await expect(pushes(a).receive(pushOf(1))).resolves.toMatchObject({
      status: 'duplicate',
    });
    expect([...handlerOf(a).calls, ...handlerOf(b).calls]).toEqual([
      { version: 1, stale: false },
    ]);
  });

  it('reports an event older than the newest seen on any instance as stale', async () => {
    await pushes(a).receive(pushOf(3));
    await expect(pushes(b).receive(pushOf(2))).resolves.toMatchObject({
      status: 'processed',
      stale: true,
    });
    await expect(pushes(b).receive(pushOf(4))).resolves.toMatchObject({
      status: 'processed',
      stale: false,
    });
    expect(handlerOf(b).calls).toEqual([
      { version: 2, stale: true },
      { version: 4, stale: false },
    ]);
    // Another waybill has its own order.
    await expect(pushes(a).receive(pushOf(1, 'WB-2'))).resolves.toMatchObject({
      stale: false,
    });
  });

  it('does not record a push whose handler failed, so the re-send is handled', async () => {
    handlerOf(a).failNext = 1;
    await expect(pushes(a).receive(pushOf(1))).rejects.toBeInstanceOf(
      PushHandlerFailedError,
    );
    await expect(pushes(b).receive(pushOf(1))).resolves.toMatchObject({
      status: 'processed',
    });
    expect(handlerOf(b).calls).toEqual([{ version: 1, stale: false }]);
    expect(logger.messages('error')).toEqual([
      expect.stringMatching(
        /^Path-update handler failed\b.*version=1 handlers=RecordingHandler\.handle causes="order database unavailable"/,
      ),
    ]);
  });

  it('answers as failed when a handler outlives its time, well inside WeChat’s 5 seconds', async () => {
    handlerOf(a).hangNext = true;
    await expect(pushes(a).receive(pushOf(7))).rejects.toMatchObject({
      name: 'PushHandlerFailedError',
      failedHandlers: ['RecordingHandler.handle'],
    });
    expect(logger.messages('error')).toEqual([
      expect.stringMatching(
        /^Path-update handler failed\b.*version=7 .*causes="no answer within 200 ms"/,
      ),
    ]);
  });
});
