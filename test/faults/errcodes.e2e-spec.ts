import { PLATFORMS } from '../support/platforms';
import { TRANSPORTS } from '../support/transports';
import { ERRCODE_CATALOGUE } from 'nestjs-wechat-logistics';
import { WECHAT_PATHS } from 'nestjs-wechat-logistics/testing';
import {
  DEMO_ROUTES,
  type DemoRoute,
  type RetryPolicy,
} from '../support/demo-routes';
import {
  expectErrcodeBody,
  expectNoCredentials,
  expectStillServing,
  timed,
  useDemoUnderFaults,
} from '../support/fault-suite';

/**
 * Every errcode fault through every demo route: documented status and body,
 * bounded time, and exactly the retries the README promises (counted at the
 * emulator). -1 and 930555 are the catalogue's retryable (busy) codes.
 */
describe.each(
  TRANSPORTS.flatMap((transport) =>
    PLATFORMS.map((platform) => [transport, platform] as const),
  ),
)(
  'WeChat errcodes through the demo routes — over %s, on %s',
  (transport, platform) => {
    const suite = useDemoUnderFaults({ transport, platform });

    /** Requests a route makes when WeChat answers busy: once, or until the attempts run out. */
    const BUSY_ONCE: Record<RetryPolicy, { status: 'ok' | 503; sent: number }> =
      {
        read: { status: 'ok', sent: 2 },
        'busy-only': { status: 'ok', sent: 2 },
        never: { status: 503, sent: 1 },
        reconcile: { status: 503, sent: 1 },
      };
    const BUSY_ALWAYS: Record<RetryPolicy, number> = {
      read: 3,
      'busy-only': 3,
      never: 1,
      reconcile: 1,
    };

    /** One or two per kind of the catalogue, with DESIGN's status; none is retried. */
    const NOT_RETRYABLE: {
      errcode: number;
      status: number;
      extra?: Record<string, unknown>;
    }[] = [
      { errcode: 40003, status: 400 },
      { errcode: 9300526, status: 400 },
      { errcode: 9300528, status: 404 },
      { errcode: 40199, status: 404 },
      { errcode: 9300506, status: 409 },
      { errcode: 45011, status: 429 },
      { errcode: 930564, status: 429 },
      { errcode: 48001, status: 500 },
      { errcode: 40164, status: 500 },
      {
        errcode: 9300501,
        status: 502,
        extra: {
          delivery_resultcode: 10002,
          delivery_resultmsg: '客户密码不正确',
        },
      },
      { errcode: 9300502, status: 502 },
      { errcode: 40001, status: 502 }, // still rejected after the one refresh
      { errcode: 7777777, status: 502 }, // never documented
    ];

    describe.each(DEMO_ROUTES.map((route) => [route.name, route] as const))(
      '%s',
      (_name, route: DemoRoute) => {
        afterEach(() => expectStillServing(suite, route));
        const sent = () => suite.wechat.requests.count(route.wechatPath);

        it.each([
          ['-1', -1],
          ['930555', 930555],
        ])(
          'system busy (%s) once: retried only where the README says so',
          async (_label, errcode) => {
            const call = route.prepare(suite.wechat);
            suite.wechat.faults.inject({
              path: route.wechatPath,
              errcode,
              times: 1,
            });
            const { res, elapsedMs } = await timed(suite, call);

            const expected = BUSY_ONCE[route.retry];
            if (expected.status === 'ok')
              expect(res.status).toBe(route.okStatus);
            else expectErrcodeBody(res, 503, errcode);
            expect(sent()).toBe(expected.sent);
            expect(elapsedMs).toBeLessThan(suite.boundMs);
            if (call.effects) {
              expect(call.effects()).toBe(expected.status === 'ok' ? 1 : 0);
            }
            if (route.retry === 'reconcile') {
              // The busy add created nothing: getOrder was asked and found nothing.
              expect(suite.wechat.requests.count(WECHAT_PATHS.getOrder)).toBe(
                1,
              );
            }
            expectNoCredentials(res, suite.wechat);
          },
        );

        it('system busy that persists: 503 once the attempts run out, within the budget', async () => {
          const call = route.prepare(suite.wechat);
          suite.wechat.faults.inject({ path: route.wechatPath, errcode: -1 });
          const { res, elapsedMs } = await timed(suite, call);

          expectErrcodeBody(res, 503, -1);
          expect(sent()).toBe(BUSY_ALWAYS[route.retry]);
          expect(elapsedMs).toBeLessThan(suite.boundMs);
          if (call.effects) expect(call.effects()).toBe(0);
        });

        it.each(NOT_RETRYABLE)(
          'errcode $errcode → $status with the documented body, sent once',
          async ({ errcode, status, extra }) => {
            // DESIGN's table and the catalogue agree (an unknown errcode is a 502).
            expect(ERRCODE_CATALOGUE.get(errcode)?.httpStatus ?? 502).toBe(
              status,
            );
            const call = route.prepare(suite.wechat);
            suite.wechat.faults.inject({
              path: route.wechatPath,
              errcode,
              body: extra,
            });
            const { res, elapsedMs } = await timed(suite, call);

            expectErrcodeBody(
              res,
              status,
              errcode,
              extra && {
                deliveryResultcode: extra.delivery_resultcode,
                deliveryResultmsg: extra.delivery_resultmsg,
              },
            );
            if (errcode === 40001) {
              // A rejected token is replaced once and the request repeated once: never a loop.
              expect(sent()).toBeGreaterThanOrEqual(1);
              expect(sent()).toBeLessThanOrEqual(2);
            } else {
              expect(sent()).toBe(1);
            }
            expect(elapsedMs).toBeLessThan(suite.boundMs);
            if (call.effects) expect(call.effects()).toBe(0);
            // Only an unknown outcome or a duplicate order id sends addOrder to getOrder.
            expect(suite.wechat.requests.count(WECHAT_PATHS.getOrder)).toBe(
              route.name === 'getOrder' ? 1 : 0,
            );
            expectNoCredentials(res, suite.wechat);
          },
        );
      },
    );
  },
);
