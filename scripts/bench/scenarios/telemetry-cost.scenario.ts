import { Test } from '@nestjs/testing';
import {
  WechatLogisticsModule,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import { NO_TELEMETRY } from '../../../libs/wechat-logistics/src/core/telemetry/wechat-telemetry.interface';
import { WECHAT_TELEMETRY } from '../../../libs/wechat-logistics/src/wechat-logistics.constants';
import { CANCEL_INPUT } from '../support/fixtures';
import { interleavedLatency, repeatPaired } from '../support/interleaved';
import { startLibrary } from '../support/library-app';
import { type Call, runCalls } from '../support/load';
import { type Scenario } from '../support/scenario';

/**
 * What telemetry costs while the app has `@opentelemetry/api` but no SDK:
 * the library as shipped against the same library with telemetry switched
 * off (the provider overridden), interleaved in one run.
 */
export const telemetryCostScenario: Scenario = {
  name: 'telemetry',
  async run({ config, upstream, log }) {
    const shipped = await startLibrary(upstream.info);
    const moduleRef = await Test.createTestingModule({
      imports: [
        WechatLogisticsModule.forRoot({
          appId: upstream.info.appId,
          appSecret: upstream.info.appSecret,
          apiBaseUrl: upstream.info.url,
        }),
      ],
    })
      .overrideProvider(WECHAT_TELEMETRY)
      .useValue(NO_TELEMETRY)
      .compile();
    moduleRef.useLogger(false);
    const off = await moduleRef.init();
    try {
      const withApi: Call = () => shipped.service.cancelOrder(CANCEL_INPUT);
      const without: Call = () =>
        off.get(WechatLogisticsService).cancelOrder(CANCEL_INPUT);
      for (const call of [withApi, without]) {
        const failures = await runCalls(call, 3000, 16);
        if (failures.length > 0) throw failures[0];
      }
      log('telemetry: latency, API without SDK vs telemetry off');
      const { ratios } = await repeatPaired(config.runs, () =>
        interleavedLatency(without, withApi, config.latencyCalls),
      );
      return [
        {
          scenario: 'telemetry without an SDK',
          metric:
            'latency ratio with @opentelemetry/api (no SDK) / telemetry off',
          unit: '×',
          digits: 3,
          runs: ratios,
        },
      ];
    } finally {
      await off.close();
      await shipped.close();
    }
  },
};
