import { context, metrics, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import {
  LocalDeliveryCancelReason,
  type WechatLibraryError,
  WechatLocalDeliveryService,
  WechatShopSecretError,
  toErrorResponse,
} from 'nestjs-wechat-logistics';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { CapturingLogger } from '../support/capturing-logger';
import { emulatorOptions, startLibraryApp } from '../support/library-app';
import { localOrder } from '../support/local-delivery-order';
import { TestMetricReader } from '../support/test-metric-reader';

/** Distinct enough that any 8 characters of them in a row are the secret itself. */
const DADA = { shopId: 'dada_shop_1', secret: 'Dd7Qx2k9-Vb3Rt8' };
/** Bound at the emulator with one secret, configured in the app with another: the carrier refuses the sign. */
const SS = {
  shopId: 'ss_shop_1',
  secret: 'Ss4e9a03-Kp1Tz6',
  configured: 'Zy4Lm8p2-Wq6Hn1',
};

/**
 * 即时配送's secrets — each shop's AppSecret and every `delivery_sign`
 * computed from it — never reach the library's log (debug included), its
 * errors (message, stack, JSON, the filter's answer) or its telemetry
 * (span names, attributes, events, status), through a full sandbox
 * lifecycle, a real shop's orders, faults, a refused sign and a shop
 * without a secret.
 */
describe('即时配送 secrets stay secret (debug logging and OpenTelemetry on)', () => {
  const exporter = new InMemorySpanExporter();
  const contextManager = new AsyncLocalStorageContextManager();
  beforeAll(() => {
    contextManager.enable();
    context.setGlobalContextManager(contextManager);
    trace.setGlobalTracerProvider(
      new BasicTracerProvider({
        spanProcessors: [new SimpleSpanProcessor(exporter)],
      }),
    );
    metrics.setGlobalMeterProvider(
      new MeterProvider({ readers: [new TestMetricReader()] }),
    );
  });
  afterAll(() => {
    trace.disable();
    metrics.disable();
    context.disable();
  });

  it('no shop secret and no computed sign appears in any log line, error or span', async () => {
    const wechat = await WechatEmulator.start();
    wechat.localDelivery.bindShop({ ...DADA, deliveryId: 'DADA' });
    wechat.localDelivery.bindShop({
      shopId: SS.shopId,
      secret: SS.secret,
      deliveryId: 'SS',
      shopNos: ['1'],
    });
    const logger = new CapturingLogger();
    const lib = await startLibraryApp(
      emulatorOptions(wechat, {
        timeoutMs: 300,
        localDelivery: {
          shopSecrets: {
            [DADA.shopId]: DADA.secret,
            [SS.shopId]: SS.configured,
          },
        },
      }),
      'node:http',
      logger,
    );
    const local = lib.app.get(WechatLocalDeliveryService);
    const errors: unknown[] = [];
    const attempt = (call: Promise<unknown>) =>
      call.catch((error: unknown) => void errors.push(error));
    try {
      for (const shopId of ['test_shop_id', DADA.shopId]) {
        const delivery = shopId === DADA.shopId ? 'DADA' : 'TEST';
        const id = `SEC-${delivery}`;
        const ids = { shopId, shopOrderId: id };
        const quote = await local.preAddOrder(localOrder(id, shopId, delivery));
        const { waybillId } = await local.addOrder({
          ...localOrder(id, shopId, delivery),
          ...(quote.deliveryToken
            ? { deliveryToken: quote.deliveryToken }
            : {}),
        });
        await local.addTip({ ...ids, waybillId, tips: 2, remark: '加小费' });
        await attempt(
          local.addTip({ ...ids, waybillId, tips: 1, remark: '降低' }),
        );
        await local.getOrder(ids);
        await local.preCancelOrder({ ...ids, deliveryId: delivery, waybillId });
        await local.cancelOrder({
          ...ids,
          deliveryId: delivery,
          waybillId,
          cancelReasonId: LocalDeliveryCancelReason.NoLongerNeeded,
        });
        const again = await local.reOrder(localOrder(id, shopId, delivery));
        if (shopId === 'test_shop_id') {
          for (const status of [102, 201, 202, 301, 304])
            await local.mockUpdateOrder({
              ...ids,
              orderStatus: status,
              actionTime: Math.floor(Date.now() / 1000),
            });
        } else {
          for (const status of [102, 201, 202, 301, 304])
            wechat.localDelivery.advance(id, status, { shopId });
        }
        await local.abnormalConfirm({ ...ids, waybillId: again.waybillId });
        await attempt(local.abnormalConfirm({ ...ids, waybillId }));
      }
      // Faults: an add sent once after -1, a read that times out twice.
      wechat.faults.inject({
        path: WECHAT_PATHS.localAddOrder,
        errcode: -1,
        times: 1,
      });
      await attempt(local.addOrder(localOrder('SEC-F', DADA.shopId, 'DADA')));
      wechat.faults.inject({
        path: WECHAT_PATHS.localGetOrder,
        hang: true,
        times: 3,
      });
      await attempt(
        local.getOrder({ shopId: DADA.shopId, shopOrderId: 'SEC-DADA' }),
      );
      // A refused sign, and a shop without a secret.
      await attempt(
        local.preAddOrder({
          ...localOrder('SEC-S', SS.shopId, 'SS'),
          shopNo: '1',
          orderInfo: { orderType: 0, isDirectDelivery: 1 },
        }),
      );
      await attempt(
        local.getOrder({ shopId: 'no_secret_shop', shopOrderId: 'X' }),
      );
    } finally {
      await lib.app.close();
      await wechat.stop();
    }

    // The run did what it claims: signs were sent, the refusals happened, debug lines were written.
    const signs = new Set(
      wechat.requests
        .all()
        .map((r) => (r.body as Record<string, unknown>)?.['delivery_sign'])
        .filter((s): s is string => typeof s === 'string'),
    );
    // One sign per (shop, order): SEC-TEST, SEC-DADA, SEC-F and the refused SEC-S.
    expect(signs.size).toBe(4);
    expect(errors.some((e) => e instanceof WechatShopSecretError)).toBe(true);
    expect(
      errors.some((e) => String(e).includes('refused the delivery_sign')),
    ).toBe(true);
    expect(errors.length).toBeGreaterThanOrEqual(6);
    expect(logger.messages('debug').length).toBeGreaterThan(20);
    const spans = exporter.getFinishedSpans();
    expect(spans.some((s) => s.name === 'localDelivery.addOrder')).toBe(true);

    const everything = [
      logger.text(),
      ...errors.flatMap((error) => [
        String(error),
        (error as Error).stack ?? '',
        JSON.stringify(error),
        JSON.stringify(toErrorResponse(error as WechatLibraryError)),
      ]),
      ...spans.map((span) =>
        JSON.stringify({
          name: span.name,
          attributes: span.attributes,
          events: span.events,
          status: span.status,
        }),
      ),
    ].join('\n');
    const secrets: [string, string, number][] = [
      ['the DADA shop secret', DADA.secret, 8],
      ["the SS shop's configured secret", SS.configured, 8],
      ['the sandbox secret', 'test_app_secrect', 8],
      ...[...signs].map((s): [string, string, number] => ['a sign', s, 12]),
    ];
    for (const [what, secret, width] of secrets) {
      for (let start = 0; start + width <= secret.length; start += 1) {
        const at = everything.indexOf(secret.slice(start, start + width));
        expect({
          what,
          found:
            at === -1
              ? undefined
              : everything.slice(Math.max(0, at - 200), at + 50),
        }).toEqual({ what, found: undefined });
      }
    }
  }, 30_000);
});
