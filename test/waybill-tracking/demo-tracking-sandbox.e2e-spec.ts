import { example, useBuyerSideSandbox } from '../support/buyer-side-sandbox';
import { PLATFORMS } from '../support/platforms';

const BUYER = 'oSandboxUser0000000000000001';

/**
 * 物流服务 in sandbox mode, through the demo's routes, answered by the
 * emulator's own tracking handlers: a waybill registered for buyer tracking
 * follows the logistics assistant's track (testUpdateOrder), each component
 * has its own token, and /tracking/waybills links the waybill to them.
 */
describe.each(PLATFORMS)(
  'the demo’s waybill tracking for buyers in sandbox mode — on %s',
  (platform) => {
    const sandbox = useBuyerSideSandbox(platform);
    const { http } = sandbox;
    const register = async (kind: 'trace' | 'follow', waybillId: string) =>
      (
        await http()
          .post(`/waybill-tracking/${kind}`)
          .send({
            ...example('trace-waybill.json'),
            waybillId,
            transId: '4200000000202311150000000001',
          })
          .expect(201)
      ).body.waybillToken as string;
    const read = (kind: 'trace' | 'follow', token: string) =>
      http().get(`/waybill-tracking/${kind}/${encodeURIComponent(token)}`);

    it('registers a waybill for the buyer’s tracking page; its status follows the track; the token shows on the waybill', async () => {
      const { orderId, waybillId } = await sandbox.pickedUpWaybill();
      const token = await register('trace', waybillId);
      const first = await read('trace', token)
        .query({ openid: BUYER })
        .expect(200);
      expect(first.body.waybillInfo).toEqual({ status: 1, waybillId });
      expect(first.body.shopInfo.goodsInfo.detailList).toEqual([
        expect.objectContaining({ goodsName: '咖啡豆' }),
      ]);

      await sandbox.move(orderId, waybillId, 300003, '已签收', 1764151200);
      const signed = await read('trace', token).expect(200);
      expect(signed.body.waybillInfo.status).toBe(4);

      expect(await sandbox.linksOf(waybillId)).toEqual({
        appId: expect.any(String),
        waybillId,
        traceTokens: [{ token, registeredAt: expect.any(String) }],
        followTokens: [],
        returns: [],
        updatedAt: expect.any(String),
      });
    });

    it('keeps each component’s token apart: the message component reads its own, refuses the query component’s; both show, a new registration beside the first', async () => {
      const { waybillId } = await sandbox.pickedUpWaybill();
      const traceToken = await register('trace', waybillId);
      const followToken = await register('follow', waybillId);
      expect(followToken).not.toBe(traceToken);
      const followed = await read('follow', followToken).expect(200);
      expect(followed.body.waybillInfo).toEqual({ status: 1, waybillId });
      const refused = await read('follow', traceToken);
      expect(refused.body).toMatchObject({ errcode: 9300507 });

      const again = await register('trace', waybillId);
      const links = await sandbox.linksOf(waybillId);
      expect(links?.traceTokens.map((t) => t.token)).toEqual([
        traceToken,
        again,
      ]);
      expect(links?.followTokens.map((t) => t.token)).toEqual([followToken]);
    });

    it('changes the goods the buyer sees; a waybill no carrier knows is 404 (931023) and links nothing', async () => {
      const { waybillId } = await sandbox.pickedUpWaybill();
      const token = await register('trace', waybillId);
      await http()
        .put(`/waybill-tracking/trace/${encodeURIComponent(token)}/goods`)
        .send({
          goodsInfo: {
            detailList: [
              {
                goodsName: '手冲壶',
                goodsImgUrl: 'https://example.com/kettle.png',
              },
            ],
          },
        })
        .expect(200, {});
      const changed = await read('trace', token).expect(200);
      expect(changed.body.shopInfo.goodsInfo.detailList).toEqual([
        expect.objectContaining({ goodsName: '手冲壶' }),
      ]);

      const unknown = await http()
        .post('/waybill-tracking/trace')
        .send({
          ...example('trace-waybill.json'),
          waybillId: 'NO-SUCH-1',
          transId: '4200000000202311150000000001',
        })
        .expect(404);
      expect(unknown.body).toMatchObject({ errcode: 931023 });
      expect(await sandbox.linksOf('NO-SUCH-1')).toBeUndefined();
    });

    it('lists this family’s carrier codes: Yunda is YD here', async () => {
      const res = await http().get('/waybill-tracking/carriers').expect(200);
      expect(res.body.deliveryList).toEqual(
        expect.arrayContaining([expect.objectContaining({ deliveryId: 'YD' })]),
      );
      expect(res.body.count).toBe(res.body.deliveryList.length);
    });
  },
);
