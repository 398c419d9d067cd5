import { NestFactory } from '@nestjs/core';
import { type Cache } from 'cache-manager';
import {
  WechatLogisticsModule,
  WechatPushService,
} from 'nestjs-wechat-logistics';
import { WECHAT_TOKEN_CACHE } from '../../../libs/wechat-logistics/src/wechat-logistics.constants';
import {
  type PushSettings,
  sealedPathUpdate,
} from '../../../test/support/push-request';
import { settledHeapUsed } from '../support/load';
import { type MetricRow } from '../support/report';
import { type Scenario } from '../support/scenario';

const PUSHES = 20_000;
const DEDUPE_TTL_SECONDS = 2;
/** The TTL, then the private store's sweep interval (5 s), then a margin. */
const WAIT_FOR_EXPIRY_MS = DEDUPE_TTL_SECONDS * 1000 + 5000 + 1000;
const MB = 1024 * 1024;

const settings: PushSettings = {
  token: 'benchpushtoken',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  appId: 'wxbenchpush0000001',
};

/**
 * The push ledger in the default single-instance setup (no CacheModule:
 * the module's private memory cache): heap and store entries before 20,000
 * distinct pushes, right after them, and once their dedupe TTL has passed
 * with nothing reading them again (all after full GCs).
 */
export const pushLedgerMemoryScenario: Scenario = {
  name: 'push-ledger',
  async run({ config, log }) {
    const before: number[] = [];
    const after: number[] = [];
    const expired: number[] = [];
    const entriesAfter: number[] = [];
    const entriesExpired: number[] = [];
    const entriesBefore: number[] = [];
    let failed = 0;
    for (let run = 0; run < config.slowRuns; run += 1) {
      log(`push-ledger: run ${run + 1}/${config.slowRuns}, ${PUSHES} pushes`);
      const context = await NestFactory.createApplicationContext(
        WechatLogisticsModule.forRoot({
          appId: settings.appId,
          appSecret: 'unused',
          pushToken: settings.token,
          encodingAesKey: settings.encodingAesKey,
          push: { dedupeTtlSeconds: DEDUPE_TTL_SECONDS },
        }),
        { logger: false },
      );
      try {
        const pushes = context.get(WechatPushService);
        const entries = () =>
          (
            context.get<Cache>(WECHAT_TOKEN_CACHE).stores[0].store as {
              size: number;
            }
          ).size;
        entriesBefore.push(entries());
        before.push((await settledHeapUsed()) / MB);
        for (let i = 0; i < PUSHES; i += 1) {
          const push = sealedPathUpdate(
            settings,
            { orderId: `BO-${i}`, waybillId: `BW-${i}`, version: 1 },
            'xml',
          );
          const outcome = await pushes
            .receive({
              query: push.query,
              body: Buffer.from(push.body),
              contentType: push.contentType,
            })
            .catch(() => undefined);
          if (outcome?.status !== 'processed') failed += 1;
        }
        entriesAfter.push(entries());
        after.push((await settledHeapUsed()) / MB);
        await new Promise((resolve) => setTimeout(resolve, WAIT_FOR_EXPIRY_MS));
        entriesExpired.push(entries());
        expired.push((await settledHeapUsed()) / MB);
      } finally {
        await context.close();
      }
    }
    const scenario = 'push ledger memory';
    const invalid = failed > 0 ? `${failed} pushes not processed` : undefined;
    const n = PUSHES.toLocaleString('en-US');
    return [
      {
        scenario,
        metric: 'heap used before the pushes (after GC)',
        unit: 'MB',
        digits: 1,
        runs: before,
      },
      {
        scenario,
        metric: `heap used after ${n} distinct pushes (after GC)`,
        unit: 'MB',
        digits: 1,
        runs: after,
      },
      {
        scenario,
        metric: `heap used once their ${DEDUPE_TTL_SECONDS} s TTL passed (after GC)`,
        unit: 'MB',
        digits: 1,
        runs: expired,
      },
      {
        scenario,
        metric: 'heap growth before → after TTL',
        unit: 'MB',
        digits: 2,
        runs: expired.map((value, i) => value - before[i]),
        target: { op: '<', value: 2 },
        invalid,
      },
      {
        scenario,
        metric: `store entries after ${n} pushes`,
        unit: 'entries',
        runs: entriesAfter,
        invalid,
      },
      {
        scenario,
        metric: 'store entries left once the TTL passed, beyond those before',
        unit: 'entries',
        runs: entriesExpired.map((value, i) => value - entriesBefore[i]),
        target: { op: '==', value: 0, judge: 'worst' },
        invalid,
      },
    ] satisfies MetricRow[];
  },
};
