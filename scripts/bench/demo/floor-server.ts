import {
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
import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { CANCEL_WIRE_PATH } from '../support/fixtures';
import { type UpstreamInfo } from '../support/upstream';
import { type UpstreamConnection, connectUpstream } from './baseline-server';
import { type RunningServer } from './demo-server';

/** Optional: measured only when installed (`npm i --no-save @nestjs/platform-fastify@11`). */
const FASTIFY_PACKAGE = '@nestjs/platform-fastify';

export type FloorPlatform = 'express' | 'fastify';

/**
 * The cancel route with nothing but the framework: no pipes, no validation,
 * no library; the upstream call is the baseline's own hand-written one. What
 * this serves is the most any Nest app on that platform can serve here.
 */
function floorModule(upstream: UpstreamConnection): new () => object {
  @Controller('logistics/orders')
  class FloorController {
    @Post(':orderId/cancel')
    @HttpCode(200)
    async cancel(
      @Param('orderId') orderId: string,
      @Body() body: { deliveryId: string; waybillId: string },
    ) {
      const reply = await upstream.client.post(
        CANCEL_WIRE_PATH,
        upstream.token,
        {
          order_id: orderId,
          delivery_id: body.deliveryId,
          waybill_id: body.waybillId,
        },
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

export function fastifyInstalled(): boolean {
  try {
    require.resolve(FASTIFY_PACKAGE);
    return true;
  } catch {
    return false;
  }
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
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { FastifyAdapter } = require(FASTIFY_PACKAGE) as {
      FastifyAdapter: new () => never;
    };
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
