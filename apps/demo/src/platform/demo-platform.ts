import {
  type INestApplication,
  type NestApplicationOptions,
} from '@nestjs/common';
import { type AbstractHttpAdapter } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { BODY_LIMIT_BYTES } from './body-limit';
import {
  DEFAULT_REQUEST_TIMEOUT_MS,
  applyRequestTimeouts,
  requestTimeoutSettings,
} from './request-timeouts';

/** The HTTP platforms the demo runs on (`HTTP_ADAPTER`). */
export const DEMO_PLATFORMS = ['express', 'fastify'] as const;
export type DemoPlatform = (typeof DEMO_PLATFORMS)[number];

/** What the adapter needs from the demo's environment. */
export interface HttpAdapterSettings {
  /** `HTTP_BODY_TIMEOUT_MS`: the time a client has to send a whole request (see request-timeouts.ts). */
  HTTP_BODY_TIMEOUT_MS?: number;
}

/** A fresh adapter for `platform`, set up as the demo needs it. */
export function createHttpAdapter(
  platform: DemoPlatform,
  settings: HttpAdapterSettings = {},
): AbstractHttpAdapter {
  const requestTimeoutMs =
    settings.HTTP_BODY_TIMEOUT_MS ?? DEFAULT_REQUEST_TIMEOUT_MS;
  return platform === 'fastify'
    ? new FastifyAdapter({
        bodyLimit: BODY_LIMIT_BYTES,
        // Fastify sets requestTimeout on its server itself (0, none, by default)…
        requestTimeout: requestTimeoutMs,
        // …and takes the rest as the server's options.
        http: requestTimeoutSettings(requestTimeoutMs),
        routerOptions: {
          // find-my-way's default of 100 characters would 404 an order id of
          // WeChat's 512 bytes (up to 1,536 characters percent-encoded).
          // Under routerOptions: at the top level Fastify 5 warns FSTDEP022 at every start.
          maxParamLength: 2048,
        },
      })
    : new TimedExpressAdapter(requestTimeoutMs);
}

/** Express's adapter, whose server (created by Nest) cuts requests not received in time. */
class TimedExpressAdapter extends ExpressAdapter {
  constructor(private readonly requestTimeoutMs: number) {
    super();
  }

  override initHttpServer(options: NestApplicationOptions): void {
    super.initHttpServer(options);
    applyRequestTimeouts(this.getHttpServer(), this.requestTimeoutMs);
  }
}

/** Which platform an app runs on. */
export function platformOf(app: INestApplication): DemoPlatform {
  return app.getHttpAdapter().getType() === 'fastify' ? 'fastify' : 'express';
}

/**
 * Fastify answers requests only once its plugins are loaded; Express at once.
 * For tests that hand `getHttpServer()` to supertest without listening.
 */
export async function whenReady(app: INestApplication): Promise<void> {
  if (platformOf(app) === 'fastify')
    await (
      app.getHttpAdapter().getInstance() as { ready(): Promise<unknown> }
    ).ready();
}
