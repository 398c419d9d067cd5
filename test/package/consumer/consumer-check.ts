/**
 * What a user's app does with the installed package, compiled strictly in a
 * scratch app outside the repository and run there against the emulator.
 * Prints `ok - <check>` or `not ok - <check>: <why>` per check; exits 1 if any failed.
 * Only package imports, so the same file compiles as CommonJS and as ESM.
 */
import 'reflect-metadata';
import {
  Body,
  Controller,
  HttpCode,
  type INestApplication,
  Injectable,
  Module,
  Post,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  CancelOrderDto,
  type CancelOrderResult,
  SANDBOX_DELIVERY_ID,
  WechatApiError,
  WechatApiExceptionFilter,
  WechatLogisticsModule,
  type WechatLogisticsModuleOptions,
  WechatLogisticsService,
  WechatValidationError,
  WechatValidationPipe,
} from 'nestjs-wechat-logistics';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';

/** Where the app's own configuration would come from; here, the emulator. */
@Injectable()
class WechatSettings {
  static emulator: WechatEmulator;

  options(): WechatLogisticsModuleOptions {
    const { appId, appSecret, url } = WechatSettings.emulator;
    return { appId, appSecret, apiBaseUrl: url, timeoutMs: 2000 };
  }
}

@Module({ providers: [WechatSettings], exports: [WechatSettings] })
class SettingsModule {}

@Controller('parcels')
class ParcelsController {
  constructor(private readonly logistics: WechatLogisticsService) {}

  @Post('cancel')
  @HttpCode(200)
  cancel(@Body() body: CancelOrderDto): Promise<CancelOrderResult> {
    return this.logistics.cancelOrder(body);
  }
}

@Module({
  imports: [
    WechatLogisticsModule.forRootAsync({
      imports: [SettingsModule],
      inject: [WechatSettings],
      useFactory: (settings: WechatSettings) => settings.options(),
    }),
  ],
  controllers: [ParcelsController],
})
class AppModule {}

const failures: string[] = [];

async function check(name: string, run: () => Promise<void> | void) {
  try {
    await run();
    console.log(`ok - ${name}`);
  } catch (error) {
    failures.push(name);
    const why = error instanceof Error ? error.message : String(error);
    console.log(`not ok - ${name}: ${why.replace(/\s+/g, ' ')}`);
  }
}

async function post(app: INestApplication, body: unknown) {
  const response = await fetch(`${await app.getUrl()}/parcels/cancel`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
  };
}

async function main(): Promise<void> {
  const wechat = await WechatEmulator.start();
  WechatSettings.emulator = wechat;
  const order = {
    orderId: 'O-1',
    deliveryId: SANDBOX_DELIVERY_ID,
    waybillId: 'WB-1',
  };
  wechat.orders.seed(order);
  wechat.orders.seed({ ...order, orderId: 'O-2', waybillId: 'WB-2' });

  let app: INestApplication | undefined;
  await check(
    'forRootAsync (imports, inject, useFactory) boots the app',
    async () => {
      app = await NestFactory.create(AppModule, { logger: false });
      app.useGlobalPipes(
        new WechatValidationPipe({
          whitelist: true,
          forbidNonWhitelisted: true,
          transform: true,
        }),
      );
      app.useGlobalFilters(new WechatApiExceptionFilter());
      await app.listen(0, '127.0.0.1');
    },
  );
  if (app === undefined) return finish(wechat);
  const logistics = app.get(WechatLogisticsService);

  await check(
    'cancelOrder through the service reaches WeChat in its snake_case',
    async () => {
      assert.deepEqual(await logistics.cancelOrder(order), {
        deliveryResultcode: 0,
        deliveryResultmsg: '',
      });
      assert.deepEqual(wechat.requests.last(WECHAT_PATHS.cancelOrder)?.body, {
        order_id: 'O-1',
        delivery_id: 'TEST',
        waybill_id: 'WB-1',
      });
    },
  );

  await check(
    'an errcode is a WechatApiError with errcode and api',
    async () => {
      const error: unknown = await logistics.cancelOrder(order).then(
        () => undefined,
        (rejection: unknown) => rejection,
      );
      assert.ok(error instanceof WechatApiError, `got ${String(error)}`);
      assert.equal(error.errcode, 9300524);
      assert.equal(error.api, 'logistics.cancelOrder');
    },
  );

  await check(
    'the filter answers the errcode over HTTP as 409 with its body',
    async () => {
      const { status, body } = await post(app!, order);
      assert.equal(status, 409);
      assert.equal(body['errcode'], 9300524);
      assert.equal(typeof body['message'], 'string');
    },
  );

  await check('a cancel over HTTP answers 200', async () => {
    const { status, body } = await post(app!, {
      ...order,
      orderId: 'O-2',
      waybillId: 'WB-2',
    });
    assert.equal(status, 200);
    assert.equal(body['deliveryResultcode'], 0);
  });

  const cancelsSoFar = wechat.requests.count(WECHAT_PATHS.cancelOrder);
  await check(
    'a direct call with bad input throws WechatValidationError naming the field',
    async () => {
      const error: unknown = await logistics
        .cancelOrder({ ...order, waybillId: '' })
        .then(
          () => undefined,
          (rejection: unknown) => rejection,
        );
      assert.ok(error instanceof WechatValidationError, `got ${String(error)}`);
      assert.ok(
        error.messages.some((message) => message.startsWith('waybillId ')),
      );
    },
  );

  await check('a bad body over HTTP is a 400 naming the field', async () => {
    const { status, body } = await post(app!, {
      orderId: 'O-1',
      deliveryId: 'TEST',
    });
    assert.equal(status, 400);
    assert.ok(
      (body['message'] as string[]).some((message) =>
        message.startsWith('waybillId '),
      ),
      JSON.stringify(body),
    );
  });

  await check('nothing is sent to WeChat for bad input', () => {
    assert.equal(wechat.requests.count(WECHAT_PATHS.cancelOrder), cancelsSoFar);
  });

  await app.close();
  return finish(wechat);
}

async function finish(wechat: WechatEmulator): Promise<void> {
  if (process.env.EXPECT_NO_SWAGGER === '1') {
    await check(
      '@nestjs/swagger is not installed here, and was not needed',
      () => {
        const resolve = createRequire(
          join(process.cwd(), 'package.json'),
        ).resolve;
        assert.throws(() => resolve('@nestjs/swagger'), {
          code: 'MODULE_NOT_FOUND',
        });
      },
    );
  }
  await wechat.stop();
  process.exitCode = failures.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.log(`not ok - the check program: ${String(error)}`);
  process.exitCode = 1;
});
