import { HttpModule, HttpService } from '@nestjs/axios';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AxiosError, type InternalAxiosRequestConfig } from 'axios';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import {
  type WechatLogisticsModuleOptions,
  WechatLogisticsModule,
  WechatLogisticsService,
  WechatTransportError,
} from 'nestjs-wechat-logistics';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { emulatorOptions } from './support/library-app';
import { collectUnhandledRejections } from './support/unhandled-rejections';

const SECRET = 'HttpServiceSecret-4f8a2c91d7';

/** The app's egress setup, imported by the app and by the module's forRootAsync alike (one HttpService). */
function egressModule(options: Parameters<typeof HttpModule.register>[0]) {
  @Module({
    imports: [HttpModule.register(options)],
    exports: [HttpModule],
  })
  class EgressModule {}
  return EgressModule;
}

async function startApp(
  wechat: WechatEmulator,
  axiosOptions: Parameters<typeof HttpModule.register>[0] = {},
  extra: Partial<WechatLogisticsModuleOptions> = {},
) {
  const Egress = egressModule(axiosOptions);
  const moduleRef = await Test.createTestingModule({
    imports: [
      Egress,
      WechatLogisticsModule.forRootAsync({
        imports: [Egress],
        inject: [HttpService],
        useFactory: (httpService: HttpService) => ({
          ...emulatorOptions(wechat, { timeoutMs: 300, ...extra }),
          httpService,
        }),
      }),
    ],
  }).compile();
  const app: INestApplicationContext = await moduleRef.init();
  return {
    app,
    service: app.get(WechatLogisticsService),
    http: app.get(HttpService),
  };
}

/** A minimal forward proxy on loopback: what a fixed-egress gateway does for WeChat's IP whitelist. */
async function startProxy(): Promise<{
  server: Server;
  port: number;
  seen: string[];
}> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/');
    seen.push(target.pathname);
    const upstream = httpRequest(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

const ORDER = { orderId: 'O-1', deliveryId: 'TEST', waybillId: 'WB-1' };

describe('requests through the app’s HttpService (@nestjs/axios)', () => {
  collectUnhandledRejections();
  let wechat: WechatEmulator;
  beforeEach(async () => {
    wechat = await WechatEmulator.start({ appSecret: SECRET });
    wechat.orders.seed(ORDER);
  });
  afterEach(() => wechat.stop());

  it('sends every request, token endpoint included, through its axios instance: default headers and interceptors apply', async () => {
    const { app, service, http } = await startApp(wechat, {
      headers: { 'x-egress': 'gw-1' },
    });
    const intercepted: string[] = [];
    http.axiosRef.interceptors.request.use(
      (config: InternalAxiosRequestConfig) => {
        intercepted.push(new URL(config.url ?? '').pathname);
        config.headers.set('x-trace-id', `trace-${intercepted.length}`);
        return config;
      },
    );
    try {
      await service.getAllDelivery();
      await service.cancelOrder(ORDER);
      const sent = wechat.requests.all();
      expect(sent.map((r) => r.path)).toEqual([
        WECHAT_PATHS.stableToken,
        WECHAT_PATHS.getAllDelivery,
        WECHAT_PATHS.cancelOrder,
      ]);
      expect(intercepted).toEqual(sent.map((r) => r.path));
      for (const [index, request] of sent.entries()) {
        expect(request.headers['x-egress']).toBe('gw-1');
        expect(request.headers['x-trace-id']).toBe(`trace-${index + 1}`);
        expect(request.headers['user-agent']).toMatch(/^axios\//);
      }
      // The wire stays what WeChat expects.
      expect(sent[2].headers['content-type']).toMatch(/^application\/json/);
      expect(sent[2].rawBody).toBe(
        '{"order_id":"O-1","delivery_id":"TEST","waybill_id":"WB-1"}',
      );
    } finally {
      await app.close();
    }
  });

  it('goes through the app’s proxy', async () => {
    const proxy = await startProxy();
    const { app, service } = await startApp(wechat, {
      proxy: { protocol: 'http', host: '127.0.0.1', port: proxy.port },
    });
    try {
      await expect(service.cancelOrder(ORDER)).resolves.toEqual({
        deliveryResultcode: 0,
        deliveryResultmsg: '',
      });
      expect(proxy.seen).toEqual([
        WECHAT_PATHS.stableToken,
        WECHAT_PATHS.cancelOrder,
      ]);
    } finally {
      await app.close();
      proxy.server.close();
    }
  });

  it('keeps working when an app interceptor parses the JSON replies itself', async () => {
    const { app, service, http } = await startApp(wechat);
    http.axiosRef.interceptors.response.use((response) => ({
      ...response,
      data: JSON.parse(response.data as string) as unknown,
    }));
    try {
      await expect(service.getAllDelivery()).resolves.toMatchObject({
        count: expect.any(Number),
      });
    } finally {
      await app.close();
    }
  });

  it('ends a request an interceptor holds up as a timeout, within the call budget', async () => {
    const { app, service, http } = await startApp(wechat);
    http.axiosRef.interceptors.request.use((config) =>
      config.url?.includes(WECHAT_PATHS.cancelOrder)
        ? new Promise<never>(() => undefined)
        : config,
    );
    try {
      const startedAt = Date.now();
      const error = await service.cancelOrder(ORDER).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WechatTransportError);
      expect((error as WechatTransportError).failure).toBe('timeout');
      expect(Date.now() - startedAt).toBeLessThan(900 + 500);
    } finally {
      await app.close();
    }
  });

  it.each([
    ['stable', WECHAT_PATHS.stableToken],
    ['classic', WECHAT_PATHS.token],
  ] as const)(
    'turns every axios failure into a WechatTransportError that holds no URL, token or secret (%s token endpoint)',
    async (tokenEndpoint, tokenPath) => {
      const { app, service } = await startApp(
        wechat,
        {},
        { tokenEndpoint, retry: { maxAttempts: 1 } },
      );
      const caught: unknown[] = [];
      const attempt = async () =>
        caught.push(await service.getPath(ORDER).catch((e: unknown) => e));
      try {
        // The token endpoint failing: the secret travels in its body (stable) or query (classic).
        wechat.faults.inject({ path: tokenPath, reset: true, times: 1 });
        await attempt();
        wechat.faults.inject({ path: tokenPath, httpStatus: 502, times: 1 });
        await attempt();
        await service.getAllDelivery(); // now a token is cached
        for (const fault of [
          { reset: true },
          { hang: true },
          { httpStatus: 502 },
          { httpStatus: 302 },
          { malformedJson: true },
        ]) {
          wechat.faults.inject({
            path: WECHAT_PATHS.getPath,
            ...fault,
            times: 1,
          });
          await attempt();
        }
        const tokens = wechat.requests
          .all()
          .map((r) => r.query.access_token)
          .filter((t): t is string => !!t);
        expect(tokens.length).toBeGreaterThan(0);
        expect(caught).toHaveLength(7);
        for (const error of caught) {
          expect(error).toBeInstanceOf(WechatTransportError);
          expect((error as Error).cause).not.toBeInstanceOf(AxiosError);
          const shown = inspect(error, { depth: 20, showHidden: true });
          expect(shown).not.toContain(SECRET);
          expect(shown).not.toContain('access_token');
          expect(shown).not.toContain(wechat.url);
          for (const token of tokens) expect(shown).not.toContain(token);
        }
        expect(
          caught.map((error) => (error as WechatTransportError).failure),
        ).toEqual([
          'network',
          'http-status',
          'network',
          'timeout',
          'http-status',
          'http-status',
          'bad-response',
        ]);
      } finally {
        await app.close();
      }
    },
  );
});
