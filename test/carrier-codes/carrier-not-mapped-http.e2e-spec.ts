import { CacheModule } from '@nestjs/cache-manager';
import {
  Controller,
  Get,
  type INestApplication,
  Module,
  Param,
} from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  TRACKING_CARRIER_LIST_LOADER,
  WechatApiExceptionFilter,
  WechatCarrierCodeService,
  WechatLogisticsModule,
} from 'nestjs-wechat-logistics';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { CapturingLogger } from '../support/capturing-logger';
import { TrackingListFixture } from './support';

@Controller('carriers')
class CarrierController {
  constructor(private readonly codes: WechatCarrierCodeService) {}

  @Get(':deliveryId/code')
  async code(@Param('deliveryId') deliveryId: string) {
    return { code: await this.codes.trackingCodeFor(deliveryId) };
  }
}

describe('WechatCarrierNotMappedError through the exception filter', () => {
  let wechat: WechatEmulator;
  let app: INestApplication;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    @Module({
      imports: [
        CacheModule.register({ isGlobal: true }),
        WechatLogisticsModule.forRoot({
          appId: wechat.appId,
          appSecret: wechat.appSecret,
          apiBaseUrl: wechat.url,
          isGlobal: true,
        }),
      ],
      controllers: [CarrierController],
    })
    class AppModule {}
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(TRACKING_CARRIER_LIST_LOADER)
      .useValue(new TrackingListFixture().loader)
      .setLogger(logger)
      .compile();
    app = moduleRef.createNestApplication({ logger });
    app.useGlobalFilters(new WechatApiExceptionFilter());
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    await wechat.stop();
  });

  it('answers a mapped carrier', async () => {
    await request(app.getHttpServer())
      .get('/carriers/YUNDA/code')
      .expect(200, { code: 'YD' });
  });

  it('answers 500 naming the carrier for a real carrier without a code, and logs the carrierCodes fix', async () => {
    const response = await request(app.getHttpServer())
      .get('/carriers/PJ/code')
      .expect(500);
    expect(response.body).toEqual({
      statusCode: 500,
      message:
        'No carrier code for tracking and shipping info is configured on this server for the carrier "PJ".',
      error: 'Internal Server Error',
      deliveryId: 'PJ',
    });
    const line = logger
      .messages('error')
      .find((m) => m.startsWith('Carrier has no code'));
    expect(line).toContain('deliveryId=PJ');
    expect(line).toContain('carrierCodes');
    expect(logger.text()).not.toContain(wechat.appSecret);
  });

  it("answers 404 for a deliveryId the logistics assistant does not list: the caller's mistake", async () => {
    await request(app.getHttpServer()).get('/carriers/NOPE/code').expect(404, {
      statusCode: 404,
      message: `WeChat's logistics assistant has no carrier "NOPE".`,
      error: 'Not Found',
      deliveryId: 'NOPE',
    });
  });
});
