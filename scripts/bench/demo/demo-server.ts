import { NestFactory } from '@nestjs/core';
import { type AddressInfo } from 'node:net';
import { type Server } from 'node:http';
import { AppModule } from '../../../apps/demo/src/app.module';
import {
  type DemoPlatform,
  createHttpAdapter,
} from '../../../apps/demo/src/platform/demo-platform';
import { DEMO_APP_OPTIONS, setupApp } from '../../../apps/demo/src/setup-app';
import { type UpstreamInfo } from '../support/upstream';

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  close(): Promise<void>;
}

/** The demo exactly as main.ts builds it (minus the console logger), on `platform`, on a loopback port. */
export async function startDemoServer(
  upstream: UpstreamInfo,
  platform: DemoPlatform,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const app = setupApp(
    await NestFactory.create(
      AppModule.register({
        WECHAT_APP_ID: upstream.appId,
        WECHAT_APP_SECRET: upstream.appSecret,
        WECHAT_API_BASE_URL: upstream.url,
        ...env,
      }),
      createHttpAdapter(platform),
      { ...DEMO_APP_OPTIONS, logger: false },
    ),
  );
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
