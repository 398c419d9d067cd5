import { TRANSPORTS } from '../support/transports';
import { WECHAT_PATHS } from 'nestjs-wechat-logistics/testing';
import {
  DEMO_ROUTES,
  type DemoRoute,
  type RetryPolicy,
} from '../support/demo-routes';
import {
  expectNoCredentials,
  expectStillServing,
  eventually,
  expectTransportBody,
  timed,
  useDemoUnderFaults,
  waitUntil,
} from '../support/fault-suite';

/**
 * Replies slower than WECHAT_TIMEOUT_MS through every demo route. A `delayMs`
 * fault delays the emulator's answer and then handles the request normally:
 * WeChat acts after the client gave up, as a real slow WeChat does. The
 * outcome of such a write is unknown to the caller (504), yet it happened at
 * WeChat exactly once, never twice. A `hang` never answers at all.
 */
describe.each(TRANSPORTS)(
  'slow and silent upstream through the demo routes — over %s',
  (transport) => {
    const suite = useDemoUnderFaults({ transport });
    /** Past the timeout, short of the budget: the late answer lands while the call still runs. */
    const late = () => suite.timeoutMs + 250;

    const ONCE: Record<RetryPolicy, { healed: boolean; sent: number }> = {
      read: { healed: true, sent: 2 },
      'busy-only': { healed: false, sent: 1 },
      never: { healed: false, sent: 1 },
      reconcile: { healed: false, sent: 1 },
    };

    describe.each(DEMO_ROUTES.map((route) => [route.name, route] as const))(
      '%s',
      (_name, route: DemoRoute) => {
        afterEach(() => expectStillServing(suite, route));
        const sent = () => suite.wechat.requests.count(route.wechatPath);

        it('a reply later than the timeout, once: reads retry; a write is 504, unrepeated, and took effect once', async () => {
          const call = route.prepare(suite.wechat);
          suite.wechat.faults.inject({
            path: route.wechatPath,
            delayMs: late(),
            times: 1,
          });
          const startedAt = Date.now();
          const { res, elapsedMs } = await timed(suite, call);

          const expected = ONCE[route.retry];
          if (expected.healed) expect(res.status).toBe(route.okStatus);
          else expectTransportBody(res, 504, /did not answer/);
          expect(elapsedMs).toBeLessThan(suite.boundMs);
          expect(sent()).toBe(expected.sent);
          expectNoCredentials(res, suite.wechat);
          // The late handler runs after all (and before anything else touches the emulator)…
          const effects = call.effects;
          if (effects) await eventually(() => effects() > 0);
          await waitUntil(startedAt, late() + 100);
          // …exactly once: nothing was repeated, nothing is lost.
          expect(sent()).toBe(expected.sent);
          if (effects) expect(effects()).toBe(1);
        });

        it('no reply at all, every time: 504 within the budget; writes are sent once and take no effect', async () => {
          const call = route.prepare(suite.wechat);
          suite.wechat.faults.inject({ path: route.wechatPath, hang: true });
          const { res, elapsedMs } = await timed(suite, call);

          expectTransportBody(res, 504, /did not answer/);
          expect(elapsedMs).toBeLessThan(suite.boundMs);
          if (route.retry === 'read') {
            // As many attempts as fit in the budget (each needs a full timeout).
            expect(sent()).toBeGreaterThanOrEqual(2);
            expect(sent()).toBeLessThanOrEqual(3);
          } else {
            expect(sent()).toBe(1);
          }
          if (call.effects) expect(call.effects()).toBe(0);
          if (route.retry === 'reconcile') {
            expect(suite.wechat.requests.count(WECHAT_PATHS.getOrder)).toBe(1);
          }
        });
      },
    );
  },
);
