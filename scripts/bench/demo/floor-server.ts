import {
  BadRequestException,
  Body,
  Controller,
  HttpCode,
  Module,
  Param,
  Post,
  type INestApplication,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { CANCEL_WIRE_PATH } from '../support/fixtures';
import { type UpstreamInfo } from '../support/upstream';
import { type UpstreamConnection, connectUpstream } from './baseline-server';
import { type RunningServer } from './demo-server';

export type FloorPlatform = 'express' | 'fastify';

/** The checks the demo's DTOs make of this route, written by hand. */
function invalidCancel(orderId: string, body: unknown): string | undefined {
  if (Buffer.byteLength(orderId, 'utf8') > 512)
    return 'orderId must be at most 512 bytes';
  if (body === null || typeof body !== 'object')
    return 'body must be an object';
  const { deliveryId, waybillId, ...extra } = body as Record<string, unknown>;
  if (typeof deliveryId !== 'string' || deliveryId === '')
    return 'deliveryId must be a non-empty string';
  if (typeof waybillId !== 'string' || waybillId === '')
    return 'waybillId must be a non-empty string';
  const unknown = Object.keys(extra)[0];
  return unknown === undefined
    ? undefined
    : `property ${unknown} should not exist`;
}

/**
 * The cancel route with nothing but the framework and hand-written
 * validation: no pipes, no library; the upstream call is the baseline's own
 * hand-written one. What this serves is about the most any Nest app that
 * validates its input can serve on that platform here.
 */
function floorModule(upstream: UpstreamConnection): new () => object {
  @Controller('logistics/orders')
  class FloorController {
    @Post(':orderId/cancel')
    @HttpCode(200)
    async cancel(@Param('orderId') orderId: string, @Body() body: unknown) {
      const invalid = invalidCancel(orderId, body);
      if (invalid !== undefined) throw new BadRequestException([invalid]);
      const { deliveryId, waybillId } = body as Record<string, string>;
      const reply = await upstream.client.post(
        CANCEL_WIRE_PATH,
        upstream.token,
        { order_id: orderId, delivery_id: deliveryId, waybill_id: waybillId },
      );
      return {
        deliveryResultcode: reply.delivery_resultcode,
        deliveryResultmsg: reply.delivery_resultmsg,
      };
    }
  }
  @Module({ controllers: [FloorController] })
  class FloorModule {}
  return FloorModule;
}

/** Nest on `platform` serving the bare cancel route, on a loopback port. */
export async function startFloorServer(
  upstream: UpstreamInfo,
  platform: FloorPlatform,
): Promise<RunningServer> {
  const connection = await connectUpstream(upstream);
  const module = floorModule(connection);
  let app: INestApplication;
  if (platform === 'fastify') {
    app = await NestFactory.create(module, new FastifyAdapter(), {
      logger: false,
    });
  } else {
    const express = await NestFactory.create<NestExpressApplication>(module, {
      logger: false,
    });
    express.set('etag', false); // as the demo
    app = express;
  }
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      connection.client.close();
    },
  };
}
