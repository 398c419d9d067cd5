import {
  Body,
  Controller,
  type INestApplication,
  Module,
  Post,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import {
  CancelOrderDto,
  WechatLogisticsModule,
  WechatLogisticsService,
  WechatValidationError,
  WechatValidationPipe,
} from 'nestjs-wechat-logistics';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';

/**
 * An app of the user's kind, not the demo: Nest's own Express setup (its
 * urlencoded parser, no 415 middleware), the library's module, its pipe bound
 * globally as the README says, one route of its own. Its JSON parser takes any
 * JSON value, as Fastify's does (Express's strict default refuses `null` itself,
 * with a message of its own), so that `null`, `"text"` and `5` reach the pipe.
 */
@Controller('shipments')
class ShipmentsController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Post('cancel')
  cancel(@Body() body: CancelOrderDto) {
    return this.logistics.cancelOrder(body);
  }
}

let wechat: WechatEmulator;
let app: INestApplication;

beforeAll(async () => {
  wechat = await WechatEmulator.start();
  @Module({
    imports: [
      WechatLogisticsModule.forRoot({
        appId: wechat.appId,
        appSecret: wechat.appSecret,
        apiBaseUrl: wechat.url,
      }),
    ],
    controllers: [ShipmentsController],
  })
  class UserAppModule {}
  app = await NestFactory.create<NestExpressApplication>(UserAppModule, {
    logger: false,
  }).then((created) => created.useBodyParser('json', { strict: false }));
  app.useGlobalPipes(
    new WechatValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
    }),
  );
  await app.init();
});

afterAll(async () => {
  await app.close();
  await wechat.stop();
});

beforeEach(() => wechat.requests.clear());

const CANCEL_SHAPE =
  'body must be a JSON object with the fields of CancelOrderDto: orderId, deliveryId, waybillId, openid';

describe("WechatValidationPipe in a user's own Express app", () => {
  it.each([
    '{"orderId":"O1","deliveryId":"TEST","waybillId":"W1","password":"hunter2"}',
    '{"orderId":"O1","deliveryId":"TEST","waybillId":"W1","password":"hun&ter=2"}',
    '[{"orderId":"O1","deliveryId":"TEST","waybillId":"W1","password":"hunter2"}]',
  ])(
    'answers a JSON body sent as a form (curl -d without a Content-Type) with 415, quoting nothing of it: %s',
    async (json) => {
      const response = await request(app.getHttpServer())
        .post('/shipments/cancel')
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .send(json);
      expect(response.status).toBe(415);
      expect(response.body).toEqual({
        statusCode: 415,
        message:
          'Content-Type "application/x-www-form-urlencoded" is not accepted: send the body as JSON with "Content-Type: application/json"',
        error: 'Unsupported Media Type',
      });
      expect(response.text).not.toMatch(/hun|O1|W1/);
      expect(wechat.requests.count()).toBe(0);
    },
  );

  it('answers [1,2] with a 400 naming the shape to send, not "0 is not a known field"', async () => {
    const response = await request(app.getHttpServer())
      .post('/shipments/cancel')
      .set('Content-Type', 'application/json')
      .send('[1,2]');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      statusCode: 400,
      message: [CANCEL_SHAPE],
      error: 'Bad Request',
    });
    expect(wechat.requests.count()).toBe(0);
  });

  it.each(['null', '"O1"', '5'])(
    'answers a body of %s with the same 400',
    async (text) => {
      const response = await request(app.getHttpServer())
        .post('/shipments/cancel')
        .set('Content-Type', 'application/json')
        .send(text);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        statusCode: 400,
        message: [CANCEL_SHAPE],
        error: 'Bad Request',
      });
      expect(wechat.requests.count()).toBe(0);
    },
  );

  it('refuses a 10,000-character waybillId, naming it and the limit, and sends nothing to WeChat', async () => {
    const order = wechat.orders.seed({
      orderId: 'long-wb',
      deliveryId: 'TEST',
    });
    const input = {
      orderId: order.orderId,
      deliveryId: 'TEST',
      waybillId: 'W'.repeat(10_000),
    };
    const limit =
      'waybillId must be at most 128 bytes in UTF-8 (a Chinese character is 3 bytes)';

    const response = await request(app.getHttpServer())
      .post('/shipments/cancel')
      .send(input);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ message: [limit] });

    const direct = await app
      .get(WechatLogisticsService)
      .cancelOrder(input)
      .catch((error: unknown) => error);
    expect(direct).toBeInstanceOf(WechatValidationError);
    expect((direct as WechatValidationError).messages).toEqual([limit]);

    expect(wechat.requests.count()).toBe(0);
  });
});
