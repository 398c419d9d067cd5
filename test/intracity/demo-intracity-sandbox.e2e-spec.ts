import { SandboxService } from '../../apps/demo/src/sandbox/sandbox.service';
import { example, useBuyerSideSandbox } from '../support/buyer-side-sandbox';
import { PLATFORMS } from '../support/platforms';

/**
 * 同城配送 in sandbox mode with no configuration at all: every call sealed
 * with API security (the sandbox set up both sides), through the demo's
 * routes, answered by the emulator's own handlers: a store, a top-up paid on
 * its page, a quote, a sandbox order whose callbacks come back to the
 * demo's own callback route (the default callbackUrl), verified by sign, and
 * shown on the tracking page's data as mockNotify moves it.
 */
describe.each(PLATFORMS)(
  'the demo’s intracity delivery in sandbox mode — on %s',
  (platform) => {
    const sandbox = useBuyerSideSandbox(platform);
    const { http } = sandbox;
    const emulator = () => sandbox.app.get(SandboxService).emulator!;
    const onPage = async (wxOrderId: string) => {
      const res = await http().get('/tracking/intracity-orders').expect(200);
      return (res.body as { wxOrderId: string }[]).find(
        (o) => o.wxOrderId === wxOrderId,
      ) as Record<string, unknown> | undefined;
    };
    let wxStoreId = '';

    it('opens 同城配送, creates a store and tops up its balance, every call sealed', async () => {
      await http().post('/intracity/apply').expect(200, {});
      const store = await http()
        .post('/intracity/stores')
        .send({
          ...example('intracity-store.json'),
          outStoreId: `GZ-${platform}`,
        })
        .expect(201);
      wxStoreId = store.body.wxStoreId as string;
      expect(store.body).toEqual({
        wxStoreId: expect.stringMatching(/^\d{19}$/),
        outStoreId: `GZ-${platform}`,
        appid: emulator().appId,
      });
      // The emulator decrypted WeChat's snake_case from the sealed envelope.
      const [opened] = emulator().apiSecurity.openedRequests(
        '/cgi-bin/express/intracity/createstore',
      );
      expect(opened.body).toMatchObject({
        out_store_id: `GZ-${platform}`,
        address_info: expect.objectContaining({ city: '广州市' }),
      });
      expect(
        emulator()
          .requests.forPath('/cgi-bin/express/intracity/createstore')
          .at(-1)!.body,
      ).toEqual({
        iv: expect.any(String),
        data: expect.any(String),
        authtag: expect.any(String),
      });

      const charge = await http()
        .post('/intracity/balances/charge')
        .send({ wxStoreId, serviceTransId: 'DADA', amount: 5000 })
        .expect(200);
      // The merchant pays on the emulator's stand-in for the 服务市场 page.
      const paid = await fetch(charge.body.payUrl as string);
      expect(paid.status).toBe(200);
      const balances = await http()
        .get(`/intracity/balances?wxStoreId=${wxStoreId}`)
        .expect(200);
      expect(balances.body).toMatchObject({ wxStoreId, allBalance: 5000 });
    });

    it('quotes, places a sandbox order, moves it 30000 → 40000 → 50000 → 70000; each callback reaches the demo, verified by sign, and the page data shows it', async () => {
      const order: Record<string, unknown> = {
        ...example('intracity-order.json'),
        wxStoreId,
        storeOrderId: `IC-${platform}-${Date.now()}`,
      };
      const { storeOrderId, userOpenid, orderDetailPath, ...recipient } = order;
      void [storeOrderId, userOpenid, orderDetailPath];
      const { itemList, ...cargo } = recipient.cargo as Record<string, unknown>;
      void itemList;
      const quote = await http()
        .post('/intracity/orders/quote')
        .send({ ...recipient, cargo })
        .expect(200);
      expect(quote.body).toMatchObject({
        serviceTransId: 'DADA',
        estFee: expect.any(Number),
      });
      const added = await http()
        .post('/intracity/orders')
        .send(order)
        .expect(201);
      const wxOrderId = added.body.wxOrderId as string;
      // The demo named its own callback route.
      expect(
        emulator()
          .apiSecurity.openedRequests('/cgi-bin/express/intracity/addorder')
          .at(-1)!.body.callback_url,
      ).toBe(sandbox.app.get(SandboxService).intracityCallbackUrl(undefined));
      for (const status of [30000, 40000, 50000])
        await http()
          .post(`/intracity/test/orders/${wxOrderId}/status`)
          .send({ orderStatus: status })
          .expect(200, {});
      expect(await onPage(wxOrderId)).toMatchObject({
        wxOrderId,
        storeOrderId: order.storeOrderId,
        orderStatus: 50000,
        state: '配送中 · delivering',
        verifiedBy: 'sign',
      });
      expect(await onPage(wxOrderId)).not.toHaveProperty('final');

      await http()
        .post(`/intracity/test/orders/${wxOrderId}/status`)
        .send({ orderStatus: 70000 })
        .expect(200, {});
      const delivered = await onPage(wxOrderId);
      expect(delivered).toMatchObject({
        orderStatus: 70000,
        state: '配送完成 · delivered',
        final: 'success',
        verifiedBy: 'sign',
      });
      expect(
        (delivered!.steps as { orderStatus: number; verifiedBy: string }[]).map(
          (s) => [s.orderStatus, s.verifiedBy],
        ),
      ).toEqual([
        [10000, 'sign'],
        [30000, 'sign'],
        [40000, 'sign'],
        [50000, 'sign'],
        [70000, 'sign'],
      ]);
      // WeChat got the reply it requires each time, on the first attempt, signed.
      const callbacks = await emulator().intracity.callbacks(wxOrderId);
      expect(
        callbacks.map((c) => [c.orderStatus, c.signed, c.delivered]),
      ).toEqual([
        [10000, true, true],
        [30000, true, true],
        [40000, true, true],
        [50000, true, true],
        [70000, true, true],
      ]);
      expect(callbacks.every((c) => c.attempts.length === 1)).toBe(true);
      expect(JSON.parse(callbacks[0].attempts[0].reply!)).toEqual({
        return_code: 0,
        return_msg: 'OK',
      });
      const read = await http()
        .get(`/intracity/orders/${wxOrderId}`)
        .expect(200);
      expect(read.body).toMatchObject({ wxOrderId, orderStatus: 70000 });
    });

    it('a forged callback (a wrong sign) is refused 401 and shows nowhere; a re-sent one is shown once', async () => {
      const [callback] = emulator().intracity.callbackLogNow();
      const genuine = callback.attempts[0].body;
      const forged = { ...genuine, order_status: 20000, sign: 'f'.repeat(32) };
      await http()
        .post('/intracity/callback')
        .set('content-type', 'application/json')
        .send(JSON.stringify(forged))
        .expect(401);
      const before = await onPage(String(genuine.wx_order_id));
      await http()
        .post('/intracity/callback')
        .set('content-type', 'application/json')
        .send(JSON.stringify(genuine))
        .expect(200, { return_code: 0, return_msg: 'OK' });
      const after = await onPage(String(genuine.wx_order_id));
      expect(after).toEqual(before);
      expect(
        (after!.steps as { orderStatus: number }[]).some(
          (s) => s.orderStatus === 20000,
        ),
      ).toBe(false);
    });
  },
);
