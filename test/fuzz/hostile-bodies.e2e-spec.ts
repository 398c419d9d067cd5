import { PLATFORMS } from '../support/platforms';
import { WECHAT_PATHS } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { DEMO_ROUTES } from '../support/demo-routes';
import { useDemoUnderFaults } from '../support/fault-suite';
import { expectPrototypesUntouched } from '../support/prototype-guard';
import { DeepNesting } from './hostile-values';

/** The routes that take a JSON body. */
const POST_ROUTES = DEMO_ROUTES.filter((route) =>
  [
    'addOrder',
    'batchGetOrder',
    'cancelOrder',
    'bindAccount',
    'updatePrinter',
    'testUpdateOrder',
  ].includes(route.name),
);

/**
 * Regressions the fuzz suite found or guards, pinned as plain examples: a body
 * nested thousands of levels deep (class-transformer's recursion inside the
 * ValidationPipe overflowed the stack: 500), oversized bodies, and prototype
 * keys. Nothing of it may reach WeChat.
 */
describe.each(PLATFORMS)(
  'hostile request bodies on every POST route — on %s',
  (platform) => {
    const suite = useDemoUnderFaults({ platform });
    const businessRequests = () =>
      suite.wechat.requests
        .all()
        .filter((r) => r.path !== WECHAT_PATHS.stableToken);
    const post = (
      url: string,
      text: string,
      contentType = 'application/json',
    ) =>
      request(suite.app.getHttpServer())
        .post(url)
        .set('content-type', contentType)
        .send(text);

    describe.each(POST_ROUTES.map((route) => [route.name, route] as const))(
      '%s',
      (_name, route) => {
        it.each(['object', 'array', 'mixed'] as const)(
          'answers 400, not 500, to a body of %ss nested 5000 levels deep',
          async (kind) => {
            const { url } = route.prepare(suite.wechat);
            const deep = new DeepNesting(5000, kind).text();
            const text = kind === 'array' ? deep : `{"orderId":${deep}}`;
            const res = await post(url, text).expect(400);
            expect(res.body).toEqual({
              statusCode: 400,
              message: ['body must not be nested more than 32 levels deep'],
              error: 'Bad Request',
            });
            expect(businessRequests()).toEqual([]);
          },
        );

        it.each([
          '{"password":hunter2}',
          '{"type":"bind","password":"hunter2",}',
          '{"orderId":"x"',
        ])(
          'answers malformed JSON %s with a 400 that does not quote the body',
          async (text) => {
            const { url } = route.prepare(suite.wechat);
            const res = await post(url, text).expect(400);
            expect(res.body).toEqual({
              statusCode: 400,
              message: 'Request body is not valid JSON',
              error: 'Bad Request',
            });
            expect(businessRequests()).toEqual([]);
          },
        );

        it('answers 413 to a body over the 100 kB limit, and sends nothing', async () => {
          const { url, body } = route.prepare(suite.wechat);
          const text = JSON.stringify({
            ...body,
            padding: 'x'.repeat(110_000),
          });
          const res = await post(url, text).expect(413);
          expect(res.body).toMatchObject({ statusCode: 413 });
          expect(businessRequests()).toEqual([]);
        });

        it.each([
          [
            'JSON',
            '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
            'application/json',
            400, // nothing valid left once the prototype keys are dropped
          ],
          [
            'a form',
            '__proto__[polluted]=yes&constructor[prototype][polluted]=yes',
            'application/x-www-form-urlencoded',
            415, // never parsed: only JSON (and XML for pushes) is read
          ],
        ])(
          'never lets prototype keys in %s pollute anything or reach WeChat',
          async (_kind, text, contentType, status) => {
            const { url } = route.prepare(suite.wechat);
            const res = await post(url, text, contentType);
            expect(res.status).toBe(status);
            expectPrototypesUntouched();
            expect(businessRequests()).toEqual([]);
          },
        );

        it('drops prototype keys beside a valid body: WeChat receives exactly the valid fields', async () => {
          const call = route.prepare(suite.wechat);
          const text = JSON.stringify(call.body).replace(
            /^\{/,
            '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},',
          );
          const res = await post(call.url, text);
          expect(res.status).toBe(route.okStatus);
          expectPrototypesUntouched();
          for (const sent of businessRequests()) {
            expect(sent.rawBody).not.toMatch(
              /polluted|"__proto__"|"constructor"/,
            );
          }
        });
      },
    );
  },
);
