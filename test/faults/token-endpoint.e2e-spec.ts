import { TRANSPORTS } from '../support/transports';
import {
  type EmulatorFault,
  WECHAT_PATHS,
} from 'nestjs-wechat-logistics/testing';
import { DEMO_ROUTES, type DemoRoute } from '../support/demo-routes';
import {
  expectNoCredentials,
  expectStillServing,
  expectTransportBody,
  timed,
  useDemoUnderFaults,
} from '../support/fault-suite';

type Fault = Omit<EmulatorFault, 'path' | 'times'>;

/**
 * The token endpoint is down right when the app needs a new token: every
 * token the app holds was revoked (WeChat answers 40001), and
 * /cgi-bin/stable_token resets, answers a 5xx page or hangs. Every route
 * fails fast with the documented status, the business request is not
 * repeated, and the app recovers by itself once the endpoint is back.
 */
describe.each(TRANSPORTS)(
  'the token endpoint is down, through the demo routes — over %s',
  (transport) => {
    const suite = useDemoUnderFaults({ transport });

    const DOWN: {
      label: string;
      fault: Fault;
      status: 500 | 502 | 504;
      message: RegExp;
    }[] = [
      {
        label: 'resets',
        fault: { reset: true },
        status: 502,
        message: /connection to WeChat failed/,
      },
      {
        label: 'answers an HTML 503 page',
        fault: { httpStatus: 503 },
        status: 502,
        message: /HTTP 503/,
      },
      {
        label: 'answers truncated JSON',
        fault: { malformedJson: true },
        status: 502,
        message: /not JSON/,
      },
      {
        label: 'never answers',
        fault: { hang: true },
        status: 504,
        message: /did not answer/,
      },
      // DESIGN: any errcode of the token endpoint itself is this server's problem: 500.
      {
        label: 'answers errcode -1',
        fault: { errcode: -1 },
        status: 500,
        message: /credentials/,
      },
    ];

    describe.each(DEMO_ROUTES.map((route) => [route.name, route] as const))(
      '%s',
      (_name, route: DemoRoute) => {
        afterEach(async () => {
          await expectStillServing(suite, route);
          // …with a token fetched after the endpoint came back.
          expect(
            suite.wechat.requests.count(WECHAT_PATHS.stableToken),
          ).toBeGreaterThanOrEqual(2);
        });

        it.each(DOWN)(
          'stable_token $label → $status within the budget, the request sent at most once',
          async ({ fault, status, message }) => {
            const call = route.prepare(suite.wechat);
            suite.wechat.tokens.revokeAll();
            suite.wechat.faults.inject({
              path: WECHAT_PATHS.stableToken,
              ...fault,
            });
            const { res, elapsedMs } = await timed(suite, call);

            if (status === 500) {
              expect(res.status).toBe(500);
              expect(res.body).toMatchObject({
                statusCode: 500,
                errcode: -1,
                message: expect.stringMatching(message),
              });
            } else {
              expectTransportBody(res, status, message);
            }
            expect(elapsedMs).toBeLessThan(suite.boundMs);
            // Refused with 40001 before WeChat acted, and not repeated (none at all on a cold start).
            expect(
              suite.wechat.requests.count(route.wechatPath),
            ).toBeLessThanOrEqual(1);
            expect(
              suite.wechat.requests.count(WECHAT_PATHS.stableToken),
            ).toBeGreaterThanOrEqual(1);
            if (call.effects) expect(call.effects()).toBe(0);
            expectNoCredentials(res, suite.wechat);
          },
        );
      },
    );
  },
);
