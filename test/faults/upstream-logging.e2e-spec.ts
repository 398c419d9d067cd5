import { TRANSPORTS } from '../support/transports';
import {
  type LoggedRequest,
  WECHAT_PATHS,
} from 'nestjs-wechat-logistics/testing';
import { CapturingLogger } from '../support/capturing-logger';
import { DEMO_ROUTES, send } from '../support/demo-routes';
import { useDemoUnderFaults } from '../support/fault-suite';

/** `key=value` fields, a value either bare or JSON-quoted. */
const FIELD = /(\w+)=("(?:[^"\\]|\\.)*"|[^\s"]+)/y;

/** A log message as its leading words and its fields; undefined when anything after the first field is not a field. */
function parseFields(
  message: string,
): { text: string; fields: Record<string, string> } | undefined {
  const first = message.search(/\s\w+=/);
  if (first === -1) return undefined;
  const fields: Record<string, string> = {};
  let pos = first + 1;
  while (pos < message.length) {
    FIELD.lastIndex = pos;
    const match = FIELD.exec(message);
    if (!match) return undefined;
    fields[match[1]] = match[2].startsWith('"')
      ? (JSON.parse(match[2]) as string)
      : match[2];
    pos = FIELD.lastIndex;
    if (pos < message.length) {
      if (message[pos] !== ' ') return undefined;
      pos += 1;
    }
  }
  return { text: message.slice(0, first), fields };
}

const API_BY_PATH = new Map<string, string>([
  [WECHAT_PATHS.stableToken, 'auth.getStableAccessToken'],
  ...DEMO_ROUTES.map((r): [string, string] => [r.wechatPath, r.api]),
]);

describe.each(TRANSPORTS)(
  'every upstream call is logged at debug; warnings and errors are key=value — over %s',
  (transport) => {
    const logger = new CapturingLogger();
    const suite = useDemoUnderFaults({ logger, transport });
    const calls = () =>
      logger
        .messages('debug', 'WechatLogistics')
        .filter((m) => m.startsWith('WeChat call '))
        .map((m) => parseFields(m)?.fields);

    beforeEach(() => logger.entries.splice(0));

    it('one line per request WeChat received: api, attempt, errcode or failure, latency', async () => {
      suite.wechat.tokens.revokeAll(); // a 40001, then a token fetch
      for (const route of DEMO_ROUTES) {
        await send(suite.app, route.prepare(suite.wechat));
      }
      const faulted = DEMO_ROUTES.find((r) => r.name === 'getOrder')!;
      for (const fault of [
        { reset: true },
        { httpStatus: 502 },
        { malformedJson: true },
        { hang: true },
        { errcode: -1 },
        { errcode: 9300506 },
      ]) {
        suite.wechat.faults.inject({
          path: faulted.wechatPath,
          times: 1,
          ...fault,
        });
        await send(suite.app, faulted.prepare(suite.wechat));
      }
      suite.wechat.faults.inject({
        path: WECHAT_PATHS.stableToken,
        reset: true,
        times: 1,
      });
      suite.wechat.tokens.revokeAll();
      await send(suite.app, faulted.prepare(suite.wechat));

      const received = suite.wechat.requests.all();
      const logged = calls();
      expect(logged).toHaveLength(received.length);
      for (const fields of logged) {
        expect(fields).toEqual({
          api: expect.stringMatching(/^(logistics|auth)\.\w+$/),
          appId: suite.wechat.appId,
          attempt: expect.stringMatching(/^[1-9]$/),
          ...(fields && 'errcode' in fields
            ? { errcode: expect.stringMatching(/^-?\d+$/) }
            : {
                failure: expect.stringMatching(
                  /^(timeout|network|http-status|bad-response)$/,
                ),
              }),
          ...(fields && 'httpStatus' in fields
            ? { httpStatus: expect.stringMatching(/^\d{3}$/) }
            : {}),
          latencyMs: expect.stringMatching(/^\d+$/),
        });
      }
      const countBy = (apis: (string | undefined)[]) =>
        apis.reduce<Record<string, number>>((counts, api) => {
          counts[api ?? '?'] = (counts[api ?? '?'] ?? 0) + 1;
          return counts;
        }, {});
      expect(countBy(logged.map((f) => f?.api))).toEqual(
        countBy(received.map((r: LoggedRequest) => API_BY_PATH.get(r.path))),
      );
    });

    it('a read that heals: attempt 1 failed (with its kind), attempt 2 errcode=0', async () => {
      const route = DEMO_ROUTES.find((r) => r.name === 'getPath')!;
      const call = route.prepare(suite.wechat);
      suite.wechat.faults.inject({
        path: route.wechatPath,
        httpStatus: 502,
        times: 1,
      });
      await send(suite.app, call).expect(200);
      expect(calls().filter((f) => f?.api === route.api)).toEqual([
        expect.objectContaining({
          api: 'logistics.getPath',
          attempt: '1',
          failure: 'http-status',
          httpStatus: '502',
        }),
        expect.objectContaining({
          api: 'logistics.getPath',
          attempt: '2',
          errcode: '0',
        }),
      ]);
    });

    it('token fetches are logged too, with their errcode and never the token', async () => {
      suite.wechat.tokens.revokeAll();
      suite.wechat.faults.inject({
        path: WECHAT_PATHS.stableToken,
        errcode: -1,
        times: 1,
      });
      const route = DEMO_ROUTES.find((r) => r.name === 'getPrinter')!;
      await send(suite.app, route.prepare(suite.wechat)).expect(500);
      await send(suite.app, route.prepare(suite.wechat)).expect(200);
      const tokenCalls = calls().filter(
        (f) => f?.api === 'auth.getStableAccessToken',
      );
      expect(tokenCalls).toEqual([
        expect.objectContaining({ attempt: '1', errcode: '-1' }),
        expect.objectContaining({ attempt: '1', errcode: '0' }),
      ]);
      const text = logger.text();
      for (const r of suite.wechat.requests.all()) {
        if (r.query.access_token)
          expect(text).not.toContain(r.query.access_token);
      }
      expect(text).not.toContain(suite.wechat.appSecret);
    });

    it('every warning and error of the library is a sentence followed by key=value fields', async () => {
      const add = DEMO_ROUTES.find((r) => r.name === 'addOrder')!;
      // A busy add that getOrder cannot settle either (warn), then 5xx answers (error).
      suite.wechat.faults.inject({
        path: add.wechatPath,
        errcode: -1,
        times: 1,
      });
      suite.wechat.faults.inject({
        path: WECHAT_PATHS.getOrder,
        errcode: 48001,
        times: 1,
      });
      await send(suite.app, add.prepare(suite.wechat)).expect(503);
      // A busy add whose order exists (warn: reconciled).
      const existing = add.prepare(suite.wechat);
      suite.wechat.faults.inject({
        path: add.wechatPath,
        reset: true,
        times: 1,
      });
      suite.wechat.orders.seed({
        orderId: (existing.body as { orderId: string }).orderId,
        deliveryId: 'TEST',
      });
      await send(suite.app, existing).expect(201);
      const cancel = DEMO_ROUTES.find((r) => r.name === 'cancelOrder')!;
      suite.wechat.faults.inject({ path: cancel.wechatPath, hang: true });
      await send(suite.app, cancel.prepare(suite.wechat)).expect(504);

      const warnings = logger.messages('warn', 'WechatLogistics');
      const errors = logger.messages('error', 'WechatLogistics');
      expect(warnings.length).toBeGreaterThanOrEqual(2);
      expect(errors.length).toBeGreaterThanOrEqual(2);
      for (const message of [...warnings, ...errors]) {
        expect({ message, parsed: parseFields(message) }).toEqual({
          message,
          parsed: {
            text: expect.stringMatching(/^[A-Za-z]/),
            fields: expect.objectContaining({ api: expect.any(String) }),
          },
        });
      }
      expect(errors.map((m) => parseFields(m)?.fields)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            status: '503',
            error: 'WechatApiError',
            api: 'logistics.addOrder',
            errcode: '-1',
            rid: expect.any(String),
          }),
          expect.objectContaining({
            status: '504',
            error: 'WechatTransportError',
            api: 'logistics.cancelOrder',
            failure: 'timeout',
          }),
        ]),
      );
    });
  },
);
