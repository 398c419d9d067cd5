import { example, useBuyerSideSandbox } from '../support/buyer-side-sandbox';
import { PLATFORMS } from '../support/platforms';

/**
 * 退货组件 in sandbox mode, through the demo's routes and its sandbox
 * controls, answered by the emulator's own returns handlers: a return moves
 * as the buyer files it, unbind waits for a self-ship waybill, and
 * /tracking/waybills shows the return on the waybill it was made for.
 */
describe.each(PLATFORMS)(
  'the demo’s returns in sandbox mode — on %s',
  (platform) => {
    const sandbox = useBuyerSideSandbox(platform);
    const { http } = sandbox;
    let run = 0;
    const shopOrderId = (kind: string) =>
      `${kind}-${platform}-${(run += 1)}-${Date.now()}`;

    async function insuredPayment(): Promise<string> {
      const paid = await http().post('/shipping/test/payments').expect(201);
      const tx = paid.body.transactionId as string;
      await http()
        .post('/returns/test/insurance')
        .send({ wxPayId: tx })
        .expect(200, { wxPayId: tx, insured: true });
      return tx;
    }
    const createReturn = async (waybillId: string, kind: string) =>
      (
        await http()
          .post('/returns')
          .send({
            ...example('add-return-id.json'),
            waybillId,
            wxPayId: await insuredPayment(),
            shopOrderId: shopOrderId(kind),
          })
          .expect(201)
      ).body.returnId as string;

    it('refuses to release a return before the buyer self-ships, then self-ship, read, release — each step on the waybill’s card', async () => {
      const { waybillId } = await sandbox.pickedUpWaybill();
      const returnId = await createReturn(waybillId, 'RET');
      expect(returnId).toMatch(/^\d{19}$/);
      expect((await sandbox.linksOf(waybillId))?.returns).toEqual([
        expect.objectContaining({ returnId, legacy: false, unbound: false }),
      ]);

      const early = await http()
        .post(`/returns/${returnId}/unbind`)
        .expect(409);
      expect(early.body).toMatchObject({ errcode: 40097 });

      const filed = await http()
        .post(`/returns/test/${returnId}/self-ship`)
        .send({
          waybillId: 'SF1234567890',
          deliveryId: 'SF',
          deliveryName: '顺丰速运',
        })
        .expect(200);
      expect(filed.body).toEqual({
        returnId,
        shopOrderId: expect.stringMatching(/^RET-/),
        legacy: false,
        status: 2,
        state: '填写自行寄回运单号 · buyer self-shipped and typed the waybill',
        waybillId: 'SF1234567890',
        deliveryId: 'SF',
        deliveryName: '顺丰速运',
        orderStatus: 1,
        waybillState: '已揽件 · picked up',
      });
      const read = await http().get(`/returns/${returnId}`).expect(200);
      expect(read.body).toEqual({
        status: 2,
        waybillId: 'SF1234567890',
        orderStatus: 1,
        deliveryId: 'SF',
        deliveryName: '顺丰速运',
      });
      await http()
        .post(`/returns/test/${returnId}/advance`)
        .send({ orderStatus: 2 })
        .expect(200);
      expect((await sandbox.linksOf(waybillId))?.returns).toEqual([
        expect.objectContaining({
          returnId,
          status: 2,
          state:
            '填写自行寄回运单号 · buyer self-shipped and typed the waybill',
          returnWaybillId: 'SF1234567890',
          deliveryId: 'SF',
          orderStatus: 2,
          waybillState: '运输中 · in transit',
          unbound: false,
        }),
      ]);

      await http().post(`/returns/${returnId}/unbind`).expect(200, {});
      const gone = await http().get(`/returns/${returnId}`).expect(404);
      expect(gone.body).toMatchObject({ errcode: 931023 });
      expect((await sandbox.linksOf(waybillId))?.returns).toEqual([
        expect.objectContaining({ returnId, unbound: true }),
      ]);
      // Released: the buyer can no longer move it.
      const released = await http()
        .post(`/returns/test/${returnId}/advance`)
        .send({ orderStatus: 3 })
        .expect(404);
      expect(released.body.message).toContain('it was released');
    });

    it('a booked pick-up cannot also be self-shipped, moves only as a carrier could, and cannot be released', async () => {
      const { waybillId } = await sandbox.pickedUpWaybill();
      const returnId = await createReturn(waybillId, 'PICK');
      const booked = await http()
        .post(`/returns/test/${returnId}/pickup`)
        .send({})
        .expect(200);
      expect(booked.body).toMatchObject({
        status: 1,
        state: '预约上门取件 · courier pick-up booked',
        orderStatus: 0,
        deliveryId: 'JDL',
      });
      const selfShip = await http()
        .post(`/returns/test/${returnId}/self-ship`)
        .send({ waybillId: 'SF1', deliveryId: 'SF', deliveryName: '顺丰速运' })
        .expect(409);
      expect(selfShip.body.message).toMatch(/booked pick-up/);
      const jump = await http()
        .post(`/returns/test/${returnId}/advance`)
        .send({ orderStatus: 4 })
        .expect(409);
      expect(jump.body.message).toMatch(/order_status 0 to 4/);
      await http().post(`/returns/${returnId}/unbind`).expect(409);
      const unknown = await http()
        .post('/returns/test/9999999999999999999/pickup')
        .send({})
        .expect(404);
      expect(unknown.body.message).toContain('"9999999999999999999"');
    });

    it('refuses a payment not insured (9300570); the legacy call needs no insurance and links its return too', async () => {
      const { waybillId } = await sandbox.pickedUpWaybill();
      const paid = await http().post('/shipping/test/payments').expect(201);
      const refused = await http()
        .post('/returns')
        .send({
          ...example('add-return-id.json'),
          waybillId,
          wxPayId: paid.body.transactionId,
          shopOrderId: shopOrderId('UNINSURED'),
        });
      expect(refused.body).toMatchObject({ errcode: 9300570 });
      expect(await sandbox.linksOf(waybillId)).toBeUndefined();

      const legacy = example('add-return-id.json');
      delete legacy.wxPayId;
      const created = await http()
        .post('/returns/legacy')
        .send({ ...legacy, waybillId, shopOrderId: shopOrderId('LEGACY') })
        .expect(201);
      const returnId = created.body.returnId as string;
      const read = await http().get(`/returns/legacy/${returnId}`).expect(200);
      expect(read.body).toMatchObject({ status: 0, waybillId: '' });
      expect((await sandbox.linksOf(waybillId))?.returns).toEqual([
        expect.objectContaining({
          returnId,
          legacy: true,
          status: 0,
          state: '用户未填写退货信息 · buyer has not filled in the return',
        }),
      ]);
    });

    it('shows no return on a waybill when the return named none', async () => {
      const { waybillId } = await sandbox.pickedUpWaybill();
      const body = example('add-return-id.json');
      delete body.waybillId;
      const returnId = (
        await http()
          .post('/returns')
          .send({
            ...body,
            wxPayId: await insuredPayment(),
            shopOrderId: shopOrderId('UNLINKED'),
          })
          .expect(201)
      ).body.returnId as string;
      await http().get(`/returns/${returnId}`).expect(200);
      expect(await sandbox.linksOf(waybillId)).toBeUndefined();
    });
  },
);
