import { TRANSPORTS } from '../support/transports';
import { SANDBOX_DELIVERY_ID } from 'nestjs-wechat-logistics';
import {
  type EmulatorFault,
  WECHAT_PATHS,
} from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { addOrderBody } from '../support/demo-routes';
import {
  eventually,
  expectErrcodeBody,
  expectTransportBody,
  useDemoUnderFaults,
} from '../support/fault-suite';

type Fault = Omit<EmulatorFault, 'path' | 'times'>;

/**
 * Nothing is lost and nothing is created twice when WeChat's answer goes
 * missing: an addOrder request is never repeated, and whatever WeChat did
 * create is found with getOrder and handed back instead of a second parcel.
 */
describe.each(TRANSPORTS)(
  'exactly once, through the demo — over %s',
  (transport) => {
    const suite = useDemoUnderFaults({ transport });
    const http = () => request(suite.app.getHttpServer());
    const add = (orderId: string) =>
      http().post('/logistics/orders').send(addOrderBody(orderId));
    const adds = () => suite.wechat.requests.count(WECHAT_PATHS.addOrder);
    const ordersWithId = (orderId: string) =>
      suite.wechat.orders.list().filter((o) => o.orderId === orderId);

    describe('addOrder', () => {
      it('WeChat creates the order after the timeout; getOrder finds it and the demo answers 201 with it', async () => {
        // order/add answers late (its handler creates the order at T + 50 ms);
        // the reconciliation's getOrder is slowed enough to ask after that.
        suite.wechat.faults.inject({
          path: WECHAT_PATHS.addOrder,
          delayMs: suite.timeoutMs + 50,
          times: 1,
        });
        suite.wechat.faults.inject({
          path: WECHAT_PATHS.getOrder,
          delayMs: 200,
          times: 1,
        });
        const startedAt = Date.now();
        const res = await add('LATE-1').expect(201);

        expect(Date.now() - startedAt).toBeLessThan(suite.boundMs);
        const [created, ...others] = ordersWithId('LATE-1');
        expect(others).toEqual([]);
        expect(res.body).toEqual({
          orderId: 'LATE-1',
          waybillId: created.waybillId,
          waybillData: expect.any(Array),
        });
        expect(adds()).toBe(1);
        expect(suite.wechat.orders.list()).toHaveLength(1);
      });

      it('WeChat creates the order after getOrder looked: 504, and the client retrying the same order id gets that waybill, not a second parcel', async () => {
        suite.wechat.faults.inject({
          path: WECHAT_PATHS.addOrder,
          delayMs: suite.timeoutMs + 250,
          times: 1,
        });
        const first = await add('LATE-2');
        expectTransportBody(first, 504, /did not answer/);
        expect(await eventually(() => ordersWithId('LATE-2').length > 0)).toBe(
          true,
        );

        const retry = await add('LATE-2').expect(201);
        const [created] = ordersWithId('LATE-2');
        expect(retry.body).toMatchObject({
          orderId: 'LATE-2',
          waybillId: created.waybillId,
        });
        expect(suite.wechat.orders.list()).toHaveLength(1);
        expect(adds()).toBe(2); // the demo's one request per client call
      });

      it.each<[string, Fault]>([
        ['system busy (-1)', { errcode: -1 }],
        ['a connection reset', { reset: true }],
        ["a gateway's 502 page", { httpStatus: 502 }],
        ['truncated JSON', { malformedJson: true }],
        ['no answer at all', { hang: true }],
        ['"order id has been used" (9300508)', { errcode: 9300508 }],
        ['"order id repeated" (9300522)', { errcode: 9300522 }],
      ])(
        'after %s where WeChat had created the order, answers 201 with the existing waybill',
        async (_label, fault) => {
          const existing = suite.wechat.orders.seed({
            orderId: 'DONE-1',
            deliveryId: SANDBOX_DELIVERY_ID,
          });
          suite.wechat.faults.inject({
            path: WECHAT_PATHS.addOrder,
            times: 1,
            ...fault,
          });
          const res = await add('DONE-1').expect(201);

          expect(res.body).toMatchObject({
            orderId: 'DONE-1',
            waybillId: existing.waybillId,
          });
          expect(adds()).toBe(1);
          expect(suite.wechat.orders.list()).toHaveLength(1);
        },
      );

      it('does not hand back a cancelled order with the same id: the original -1 stands', async () => {
        suite.wechat.orders.seed({
          orderId: 'OLD-1',
          deliveryId: SANDBOX_DELIVERY_ID,
          status: 'cancelled',
        });
        suite.wechat.faults.inject({
          path: WECHAT_PATHS.addOrder,
          errcode: -1,
          times: 1,
        });
        expectErrcodeBody(await add('OLD-1'), 503, -1);
        expect(adds()).toBe(1);
      });

      it('ten concurrent requests for one order id create one order, and all get its waybill', async () => {
        const responses = await Promise.all(
          Array.from({ length: 10 }, () => add('SAME-1')),
        );
        const [created, ...others] = ordersWithId('SAME-1');
        expect(others).toEqual([]);
        for (const res of responses) {
          expect({ status: res.status, waybillId: res.body.waybillId }).toEqual(
            {
              status: 201,
              waybillId: created.waybillId,
            },
          );
        }
      });
    });

    describe('writes repeated after -1', () => {
      it('cancelOrder: the busy attempt did cancel; the retry hears "already cancelled" and the demo answers 200', async () => {
        const order = suite.wechat.orders.seed({
          orderId: 'CANCELLED-1',
          deliveryId: SANDBOX_DELIVERY_ID,
          status: 'cancelled',
        });
        suite.wechat.faults.inject({
          path: WECHAT_PATHS.cancelOrder,
          errcode: -1,
          times: 1,
        });
        await http()
          .post('/logistics/orders/CANCELLED-1/cancel')
          .send({ deliveryId: SANDBOX_DELIVERY_ID, waybillId: order.waybillId })
          .expect(200);
        expect(suite.wechat.requests.count(WECHAT_PATHS.cancelOrder)).toBe(2);
      });

      it('bindAccount: the busy attempt did bind; the retry hears "already bound" and the demo answers 200', async () => {
        suite.wechat.accounts.seed({ bizId: 'BOUND-1', deliveryId: 'YTO' });
        suite.wechat.faults.inject({
          path: WECHAT_PATHS.bindAccount,
          errcode: -1,
          times: 1,
        });
        await http()
          .post('/logistics/accounts/bind')
          .send({
            type: 'bind',
            bizId: 'BOUND-1',
            deliveryId: 'YTO',
            password: 'pw',
          })
          .expect(200, { underReview: false });
        expect(suite.wechat.requests.count(WECHAT_PATHS.bindAccount)).toBe(2);
        expect(suite.wechat.accounts.list()).toHaveLength(1);
      });

      it('testUpdateOrder is not repeated after -1, so the track never gets a node twice', async () => {
        const order = suite.wechat.orders.seed({
          orderId: 'TRACK-ONCE',
          deliveryId: SANDBOX_DELIVERY_ID,
        });
        suite.wechat.faults.inject({
          path: WECHAT_PATHS.testUpdateOrder,
          errcode: -1,
          times: 1,
        });
        const body = {
          bizId: 'test_biz_id',
          deliveryId: SANDBOX_DELIVERY_ID,
          waybillId: order.waybillId,
          actionTime: 1764140400,
          actionType: 100001,
          actionMsg: '揽件成功',
        };
        const url = '/logistics/test/orders/TRACK-ONCE/update';
        expectErrcodeBody(await http().post(url).send(body), 503, -1);
        await http().post(url).send(body).expect(200); // the caller's own retry
        expect(suite.wechat.orders.get('TRACK-ONCE')?.path).toHaveLength(1);
      });
    });
  },
);
