import { MemoryEventLog } from '../events/event-log';
import { RETURN_WORDS } from './return-state-words';
import {
  type WaybillLinkRecord,
  toWaybillBuyerLinks,
  waybillLinkIdentity,
} from './waybill-buyer-links';

const at = (second: number) =>
  new Date(Date.UTC(2025, 10, 26, 7, 0, second)).toISOString();

describe('a waybill’s buyer side, folded from what the demo recorded', () => {
  it('is undefined when nothing was recorded', () => {
    expect(toWaybillBuyerLinks('wx1', 'WB1', [], RETURN_WORDS)).toBeUndefined();
  });

  it('keeps each component’s tokens apart, oldest first, and a return with its latest state in words', () => {
    const records: WaybillLinkRecord[] = [
      { kind: 'trace', token: 'T1', at: at(1) },
      { kind: 'follow', token: 'F1', at: at(2) },
      { kind: 'trace', token: 'T2', at: at(3) },
      {
        kind: 'return',
        returnId: '1935761508265738242',
        legacy: false,
        shopOrderId: 'R-1',
        at: at(4),
      },
      {
        kind: 'return-state',
        returnId: '1935761508265738242',
        status: 0,
        returnWaybillId: '',
        at: at(5),
      },
      {
        kind: 'return-state',
        returnId: '1935761508265738242',
        status: 2,
        returnWaybillId: 'SF1234567890',
        orderStatus: 2,
        deliveryId: 'SF',
        deliveryName: '顺丰速运',
        at: at(6),
      },
    ];
    expect(toWaybillBuyerLinks('wx1', 'WB1', records, RETURN_WORDS)).toEqual({
      appId: 'wx1',
      waybillId: 'WB1',
      traceTokens: [
        { token: 'T1', registeredAt: at(1) },
        { token: 'T2', registeredAt: at(3) },
      ],
      followTokens: [{ token: 'F1', registeredAt: at(2) }],
      returns: [
        {
          returnId: '1935761508265738242',
          legacy: false,
          shopOrderId: 'R-1',
          status: 2,
          state:
            '填写自行寄回运单号 · buyer self-shipped and typed the waybill',
          returnWaybillId: 'SF1234567890',
          deliveryId: 'SF',
          deliveryName: '顺丰速运',
          orderStatus: 2,
          waybillState: '运输中 · in transit',
          unbound: false,
          updatedAt: at(6),
        },
      ],
      updatedAt: at(6),
    });
  });

  it('marks a released return unbound, and words a status WeChat adds later by its number', () => {
    const links = toWaybillBuyerLinks(
      undefined,
      'WB2',
      [
        {
          kind: 'return',
          returnId: '1',
          legacy: true,
          shopOrderId: 'R-2',
          at: at(1),
        },
        {
          kind: 'return-state',
          returnId: '1',
          status: 7,
          returnWaybillId: 'YT1',
          orderStatus: 42,
          at: at(2),
        },
        { kind: 'return-unbound', returnId: '1', at: at(3) },
      ],
      RETURN_WORDS,
    );
    expect(links?.appId).toBeUndefined();
    expect(links?.returns).toEqual([
      expect.objectContaining({
        legacy: true,
        state: 'status 7',
        waybillState: 'order_status 42',
        unbound: true,
        updatedAt: at(3),
      }),
    ]);
  });

  it('keeps a fact told twice once: the same token, the same state read again', async () => {
    const log = new MemoryEventLog(10, waybillLinkIdentity);
    const state: WaybillLinkRecord = {
      kind: 'return-state',
      returnId: '1',
      status: 2,
      returnWaybillId: 'SF1',
      orderStatus: 1,
      at: at(1),
    };
    expect(
      await log.append('k', { kind: 'trace', token: 'T', at: at(1) }),
    ).toBe(true);
    expect(
      await log.append('k', { kind: 'trace', token: 'T', at: at(2) }),
    ).toBe(false);
    // The same token string from the other component is another fact.
    expect(
      await log.append('k', { kind: 'follow', token: 'T', at: at(2) }),
    ).toBe(true);
    expect(await log.append('k', state)).toBe(true);
    expect(await log.append('k', { ...state, at: at(9) })).toBe(false);
    expect(await log.append('k', { ...state, orderStatus: 2 })).toBe(true);
  });
});
