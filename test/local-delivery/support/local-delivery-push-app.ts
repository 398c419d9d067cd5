import { CacheModule } from '@nestjs/cache-manager';
import {
  Controller,
  Get,
  HttpCode,
  type INestApplication,
  Injectable,
  Post,
  Query,
  type RawBodyRequest,
  Req,
  Res,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ExpressAdapter,
  type NestExpressApplication,
} from '@nestjs/platform-express';
import {
  FastifyAdapter,
  type NestFastifyApplication,
} from '@nestjs/platform-fastify';
import { type IncomingHttpHeaders } from 'node:http';
import {
  OnWechatEvent,
  type PushQuery,
  type WaybillStatusUpdateEvent,
  WechatApiExceptionFilter,
  type WechatEventContext,
  type WechatEventMap,
  type WechatLogisticsModuleOptions,
  WechatLogisticsModule,
  WechatLocalDeliveryService,
  WechatPushService,
} from 'nestjs-wechat-logistics';
import { type DemoPlatform } from '../../support/platforms';

/** Every `update_waybill_status` the app's handler ran for, in arrival order. */
@Injectable()
export class WaybillStatusRuns {
  readonly events: {
    readonly event: WaybillStatusUpdateEvent;
    readonly appId: string | undefined;
  }[] = [];

  /** How many times the handler ran for this order (of this shop). */
  of(shopId: string, shopOrderId: string): WaybillStatusUpdateEvent[] {
    return this.events
      .map((run) => run.event)
      .filter((e) => e.shopId === shopId && e.shopOrderId === shopOrderId);
  }
}

/** A user's handler, as the README declares one. */
@Injectable()
class WaybillStatusHandler {
  constructor(private readonly runs: WaybillStatusRuns) {}

  @OnWechatEvent('update_waybill_status')
  onStatus(
    event: WechatEventMap['update_waybill_status'],
    context: WechatEventContext,
  ): void {
    this.runs.events.push({ event, appId: context.appId });
  }
}

/** The README's push controller, verbatim in substance: the raw body in, `outcome.reply` out. */
@Controller('wechat/push')
class PushEventsController {
  constructor(private readonly push: WechatPushService) {}

  @Get()
  verify(@Query() query: PushQuery): Promise<string> {
    return this.push.verifyUrl(query);
  }

  @Post()
  @HttpCode(200)
  async receive(
    @Req() req: RawBodyRequest<{ headers: IncomingHttpHeaders }>,
    @Query() query: PushQuery,
    @Res({ passthrough: true })
    res: { header(name: string, value: string): unknown },
  ): Promise<string> {
    const outcome = await this.push.receive({
      query,
      body: req.rawBody,
      contentType: req.headers['content-type'],
    });
    res.header('content-type', outcome.reply.contentType);
    return outcome.reply.body;
  }
}

export interface LocalDeliveryPushApp {
  readonly app: INestApplication;
  /** `http://127.0.0.1:<port>/wechat/push`: what the emulator's push settings point at. */
  readonly pushUrl: string;
  readonly runs: WaybillStatusRuns;
  readonly local: WechatLocalDeliveryService;
}

/**
 * A user-style app on a real port, built as the README says (rawBody, a
 * text/xml parser, the exception filter), on Express or Fastify: the module
 * with `options`, the push controller and an `update_waybill_status` handler.
 */
export async function startLocalDeliveryPushApp(
  platform: DemoPlatform,
  options: WechatLogisticsModuleOptions,
): Promise<LocalDeliveryPushApp> {
  const module = {
    module: class LocalDeliveryPushAppModule {},
    imports: [
      CacheModule.register({ isGlobal: true }),
      WechatLogisticsModule.forRoot(options),
    ],
    controllers: [PushEventsController],
    providers: [WaybillStatusRuns, WaybillStatusHandler],
  };
  let app: INestApplication;
  if (platform === 'fastify') {
    const fastify = await NestFactory.create<NestFastifyApplication>(
      module,
      new FastifyAdapter(),
      { rawBody: true, logger: false },
    );
    // After init(): Nest registers its JSON parser (with the raw bytes) at
    // init unless a parser was added before, which would leave JSON pushes
    // without a raw body (415).
    await fastify.init();
    fastify.useBodyParser(['text/xml', 'application/xml']);
    app = fastify;
  } else {
    const express = await NestFactory.create<NestExpressApplication>(
      module,
      new ExpressAdapter(),
      { rawBody: true, logger: false },
    );
    express.useBodyParser('text', { type: ['text/xml', 'application/xml'] });
    app = express;
  }
  app.useGlobalFilters(new WechatApiExceptionFilter());
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    pushUrl: `${url}/wechat/push`,
    runs: app.get(WaybillStatusRuns),
    local: app.get(WechatLocalDeliveryService),
  };
}
