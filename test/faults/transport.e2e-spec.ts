import { TRANSPORTS } from '../support/transports';
import {
  type EmulatorFault,
  WECHAT_PATHS,
} from 'nestjs-wechat-logistics/testing';
import {
  DEMO_ROUTES,
  type DemoRoute,
  type RetryPolicy,
} from '../support/demo-routes';
import {
  expectNoCredentials,
  expectStillServing,
  expectTransportBody,
  timed,
  useDemoUnderFaults,
} from '../support/fault-suite';

type Fault = Omit<EmulatorFault, 'path' | 'times'>;

/** Replies that are not a usable WeChat answer: every one is a 502 Bad Gateway. */
const BAD_REPLIES: [string, Fault, RegExp][] = [
  ["a gateway's HTML 502 page", { httpStatus: 502 }, /HTTP 502/],
  ["a gateway's HTML 503 page", { httpStatus: 503 }, /HTTP 503/],
  [
    'an HTML page with status 200',
    { httpStatus: 200, htmlBody: '<html><body>maintenance</body></html>' },
    /not JSON/,
  ],
  ['a connection reset', { reset: true }, /connection to WeChat failed/],
  ['truncated JSON', { malformedJson: true }, /not JSON/],
  [
    'JSON that is not an object',
    { httpStatus: 200, htmlBody: '[{"errcode":0}]' },
    /not JSON/,
  ],
  [
    'binary garbage',
    { httpStatus: 200, htmlBody: '\u0000\uFFFD{"errcode":\u0007' },
    /not JSON/,
  ],
];

/** The ones that also persist: a gateway page, a reset, a cut-off body. */
const PERSISTENT = new Set([0, 3, 4].map((i) => BAD_REPLIES[i][1]));

/**
 * Transport faults through every demo route. Reads are repeated (and heal when
 * the fault was a one-off); writes are sent once; addOrder asks getOrder
 * whether the order exists (it does not: the fault swallowed the request).
 */
describe.each(TRANSPORTS)(
  'unusable upstream replies through the demo routes — over %s',
  (transport) => {
    const suite = useDemoUnderFaults({ transport });

    const ONCE: Record<RetryPolicy, { healed: boolean; sent: number }> = {
      read: { healed: true, sent: 2 },
      'busy-only': { healed: false, sent: 1 },
      never: { healed: false, sent: 1 },
      reconcile: { healed: false, sent: 1 },
    };
    const ALWAYS: Record<RetryPolicy, number> = {
      read: 3,
      'busy-only': 1,
      never: 1,
      reconcile: 1,
    };

    describe.each(DEMO_ROUTES.map((route) => [route.name, route] as const))(
      '%s',
      (_name, route: DemoRoute) => {
        afterEach(() => expectStillServing(suite, route));
        const sent = () => suite.wechat.requests.count(route.wechatPath);

        it.each(BAD_REPLIES)(
          '%s, once: reads heal with one retry, writes answer 502 unrepeated',
          async (_label, fault, message) => {
            const call = route.prepare(suite.wechat);
            suite.wechat.faults.inject({
              path: route.wechatPath,
              times: 1,
              ...fault,
            });
            const { res, elapsedMs } = await timed(suite, call);

            const expected = ONCE[route.retry];
            if (expected.healed) expect(res.status).toBe(route.okStatus);
            else expectTransportBody(res, 502, message);
            expect(sent()).toBe(expected.sent);
            expect(elapsedMs).toBeLessThan(suite.boundMs);
            if (call.effects) expect(call.effects()).toBe(0);
            if (route.retry === 'reconcile') {
              expect(suite.wechat.requests.count(WECHAT_PATHS.getOrder)).toBe(
                1,
              );
            }
            expectNoCredentials(res, suite.wechat);
          },
        );

        it.each(BAD_REPLIES.filter(([, fault]) => PERSISTENT.has(fault)))(
          '%s, every time: 502 after the allowed attempts, within the budget',
          async (_label, fault, message) => {
            const call = route.prepare(suite.wechat);
            suite.wechat.faults.inject({ path: route.wechatPath, ...fault });
            const { res, elapsedMs } = await timed(suite, call);

            expectTransportBody(res, 502, message);
            expect(sent()).toBe(ALWAYS[route.retry]);
            expect(elapsedMs).toBeLessThan(suite.boundMs);
            if (call.effects) expect(call.effects()).toBe(0);
          },
        );
      },
    );
  },
);
