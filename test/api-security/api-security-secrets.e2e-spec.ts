import { context, metrics, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import {
  type WechatLibraryError,
  WechatLogisticsService,
  WechatTransportError,
  toErrorResponse,
} from 'nestjs-wechat-logistics';
import { EXAMPLE } from '../../libs/wechat-logistics/src/core/api-security/official-example.spec-helper';
import {
  type ReplyFault,
  startSecuredWechat,
} from '../../libs/wechat-logistics/src/core/api-security/secured-wechat.spec-helper';
import { CapturingLogger } from '../support/capturing-logger';
import { startLibraryApp } from '../support/library-app';
import { TestMetricReader } from '../support/test-metric-reader';

/** Plaintext markers: in the request body and in WeChat's sealed reply, never in any output. */
const REQUEST_MARKER = 'PlainReq-7f3a9c2e51';
const REPLY_MARKER = 'PlainRep-4b8d1e6a93';

/**
 * API security's secrets — the symmetric key, the app private key, every
 * signature sent or received, the sealed bodies and the plaintext inside
 * them — never reach the library's log (debug included), its errors
 * (message, stack, JSON, the filter's answer) or its telemetry, through
 * sealed calls that succeed, each refused reply, WeChat's refusal, a keys
 * provider that fails quoting a key, and an app without keys.
 */
describe('API security secrets stay secret (debug logging and OpenTelemetry on)', () => {
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

  it('no key, signature, sealed body or plaintext appears in any log line, error or span', async () => {
    const wechat = await startSecuredWechat((_path, request) => ({
      errcode: 0,
      errmsg: 'ok',
      quota_num: 7,
      note: `${REPLY_MARKER}-${String(request.biz_id)}`,
    }));
    const keys = {
      aesKey: EXAMPLE.aesKey,
      aesSn: EXAMPLE.aesSn,
      privateKey: EXAMPLE.privateKey,
      rsaSn: EXAMPLE.rsaSn,
      platformCertificates: { 'platform-sn-1': wechat.platformPublicKeyPem },
    };
    const logger = new CapturingLogger();
    const lib = await startLibraryApp(
      {
        appId: EXAMPLE.appId,
        accessTokenProvider: async () => 'TOKEN',
        apiBaseUrl: wechat.url,
        timeoutMs: 2000,
        apiSecurity: { ...keys, apis: { 'logistics.getQuota': 'required' } },
        apps: [
          {
            appId: 'wxfailingkeys',
            accessTokenProvider: async () => 'T2',
            apiSecurity: {
              keys: () =>
                Promise.reject(
                  new Error(`vault down, key was ${EXAMPLE.aesKey}`),
                ),
              apis: { 'logistics.getQuota': 'required' },
            },
          },
          {
            appId: 'wxbadkeys',
            accessTokenProvider: async () => 'T3',
            apiSecurity: {
              keys: async () => ({
                ...keys,
                aesKey: EXAMPLE.aesKey.slice(0, 20),
              }),
              apis: { 'logistics.getQuota': 'required' },
            },
          },
        ],
      },
      'node:http',
      logger,
    );
    const service = lib.app.get(WechatLogisticsService);
    const input = { deliveryId: 'YTO', bizId: REQUEST_MARKER };
    const errors: unknown[] = [];
    const attempt = (call: Promise<unknown>) =>
      call.catch((error: unknown) => void errors.push(error));
    try {
      await service.getQuota(input);
      for (const fault of [
        'tamper-byte',
        'wrong-certificate',
        'unsigned-success',
        'stale',
        'refuse-40234',
        'replay',
      ] satisfies ReplyFault[]) {
        wechat.state.fault = fault;
        await attempt(service.getQuota(input));
      }
      wechat.state.fault = 'none';
      await attempt(service.forApp('wxfailingkeys').getQuota(input));
      await attempt(service.forApp('wxbadkeys').getQuota(input));
    } finally {
      await lib.app.close();
      await wechat.close();
    }

    // The run did what it claims: sealed calls verified, every kind of refusal happened, debug lines written.
    expect(
      wechat.state.requests.filter((r) => r.verified).length,
    ).toBeGreaterThanOrEqual(7);
    expect(
      errors.filter((e) => e instanceof WechatTransportError),
    ).toHaveLength(5);
    expect(errors.map((e) => (e as Error).name).sort()).toEqual([
      'WechatApiError',
      'WechatApiSecurityError',
      'WechatApiSecurityError',
      ...Array(5).fill('WechatTransportError'),
    ]);
    expect(logger.messages('debug').length).toBeGreaterThan(5);
    const spans = exporter.getFinishedSpans();
    expect(spans.some((s) => s.name === 'logistics.getQuota')).toBe(true);

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
    const sent = wechat.state.requests.flatMap((r) => [
      String(r.headers['wechatmp-signature'] ?? ''),
    ]);
    const privateKeyLines = EXAMPLE.privateKey.split('\n').slice(1, -1);
    const secrets: [string, string, number][] = [
      ['the symmetric key', EXAMPLE.aesKey, 8],
      ['the request plaintext', REQUEST_MARKER, 12],
      ['the reply plaintext', REPLY_MARKER, 12],
      [
        'the reply signature',
        wechat.state.lastReply!.headers['Wechatmp-Signature'],
        12,
      ],
      ['the reply sealed body', wechat.state.lastReply!.body.slice(0, 200), 16],
      ...privateKeyLines
        .slice(0, 4)
        .map((l): [string, string, number] => ['the private key', l, 12]),
      ...sent
        .filter(Boolean)
        .map((s): [string, string, number] => ['a request signature', s, 12]),
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
  }, 60_000);
});
