/**
 * Child process: the WeChat emulator standing in for api.weixin.qq.com. It runs
 * outside the measured process, as WeChat does in production, so the figures
 * count only client-side work (see docs/BENCHMARKS.md, "Process layout").
 */
import {
  type EmulatorFault,
  type SeedOrderInput,
  WechatEmulator,
} from 'nestjs-wechat-logistics/testing';
import { serveRpc } from './child-rpc';
import { type LoggedWireRequest, type UpstreamStats } from './upstream';

/** The request log only helps tests; trimmed so a long bench does not grow the emulator's heap. */
const MAX_LOGGED_REQUESTS = 20_000;

async function main(): Promise<void> {
  const emulator = await WechatEmulator.start();
  const trim = setInterval(() => {
    if (emulator.requests.count() > MAX_LOGGED_REQUESTS)
      emulator.requests.clear();
  }, 500);
  serveRpc(
    {
      url: emulator.url,
      appId: emulator.appId,
      appSecret: emulator.appSecret,
    },
    {
      stats: (): UpstreamStats => ({
        connections: emulator.connectionCount,
        tokenFetches: emulator.tokens.fetchCount,
      }),
      injectFault: (fault) => emulator.faults.inject(fault as EmulatorFault),
      seedOrder: (order) => {
        emulator.orders.seed(order as SeedOrderInput);
      },
      clearLog: () => emulator.requests.clear(),
      // Tenants for the multi-app scenario: `${prefix}0` … with one secret (cheap: books open on first use).
      addApps: (request) => {
        const { prefix, count, appSecret } = request as {
          prefix: string;
          count: number;
          appSecret: string;
        };
        for (let i = 0; i < count; i += 1)
          emulator.addApp({ appId: `${prefix}${i}`, appSecret });
      },
      lastRequest: (wirePath): LoggedWireRequest | undefined => {
        const logged = emulator.requests.last(wirePath as string);
        return (
          logged && { rawBody: logged.rawBody, query: { ...logged.query } }
        );
      },
    },
    async () => {
      clearInterval(trim);
      await emulator.stop();
    },
  );
}

void main();
