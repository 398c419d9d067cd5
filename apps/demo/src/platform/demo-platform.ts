import { type INestApplication } from '@nestjs/common';
import { type AbstractHttpAdapter } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { BODY_LIMIT_BYTES } from './body-limit';

/** The HTTP platforms the demo runs on (`HTTP_ADAPTER`). */
export const DEMO_PLATFORMS = ['express', 'fastify'] as const;
export type DemoPlatform = (typeof DEMO_PLATFORMS)[number];

/** A fresh adapter for `platform`, set up as the demo needs it. */
export function createHttpAdapter(platform: DemoPlatform): AbstractHttpAdapter {
  return platform === 'fastify'
    ? new FastifyAdapter({
        bodyLimit: BODY_LIMIT_BYTES,
        // find-my-way's default of 100 characters would 404 an order id of
        // WeChat's 512 bytes (up to 1,536 characters percent-encoded).
        maxParamLength: 2048,
      })
    : new ExpressAdapter();
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
