import { type ShipmentState } from 'nestjs-wechat-logistics';
import { toTrackedShipment } from './tracked-shipment';

const at = (second: number) =>
  new Date(Date.UTC(2025, 10, 26, 7, 0, second)).toISOString();

const pending = { status: 'pending', attempts: 0 } as const;

function state(
  steps: Partial<ShipmentState['steps']>,
  status: ShipmentState['status'] = 'running',
): ShipmentState {
  return {
    orderId: 'SHIP-1',
    appId: 'wx1',
    createdAt: at(0),
    updatedAt: at(9),
    status,
    steps: {
      waybill: pending,
      shippingInfo: pending,
      tracking: pending,
      ...steps,
    },
  };
}

describe('a shipment as the tracking page shows it', () => {
  it('lists the three steps in the order they run, each in words, before any has run', () => {
    expect(toTrackedShipment(state({}, 'queued'))).toEqual({
      appId: 'wx1',
      orderId: 'SHIP-1',
      status: 'queued',
      state: '排队中 · queued',
      createdAt: at(0),
      updatedAt: at(9),
      steps: [
        {
          step: 'waybill',
          label: '运单 · waybill',
          status: 'pending',
          state: '待办 · pending',
          attempts: 0,
        },
        {
          step: 'shippingInfo',
          label: '发货信息 · shipping info',
          status: 'pending',
          state: '待办 · pending',
          attempts: 0,
        },
        {
          step: 'tracking',
          label: '物流跟踪 · buyer tracking',
          status: 'pending',
          state: '待办 · pending',
          attempts: 0,
        },
      ],
    });
  });

  it('names the waybill once made, and each step’s outcome: the waybill, the carrier code uploaded, the buyer’s token', () => {
    const shown = toTrackedShipment(
      state(
        {
          waybill: {
            status: 'done',
            attempts: 1,
            result: { deliveryId: 'TEST', waybillId: 'WB1' },
          },
          shippingInfo: {
            status: 'done',
            attempts: 2,
            result: { expressCompany: 'TEST' },
          },
          tracking: {
            status: 'done',
            attempts: 1,
            result: { mode: 'trace', waybillToken: 'TOKEN-1' },
          },
        },
        'completed',
      ),
    );
    expect(shown).toMatchObject({
      state: '已发货 · shipped',
      deliveryId: 'TEST',
      waybillId: 'WB1',
    });
    expect(
      shown.steps.map(({ state: words, attempts, outcome }) => ({
        words,
        attempts,
        outcome,
      })),
    ).toEqual([
      { words: '完成 · done', attempts: 1, outcome: 'TEST WB1' },
      { words: '完成 · done', attempts: 2, outcome: 'express_company TEST' },
      {
        words: '完成 · done',
        attempts: 1,
        outcome: '查询组件 · query token TOKEN-1',
      },
    ]);
  });

  it('shows a failed step’s error (message, errcode, the status the route answered) and a tracking step not asked for', () => {
    const shown = toTrackedShipment(
      state(
        {
          waybill: {
            status: 'done',
            attempts: 1,
            result: { deliveryId: 'TEST', waybillId: 'WB1' },
          },
          shippingInfo: {
            status: 'failed',
            attempts: 1,
            error: {
              message: 'WeChat rejected the upload',
              errcode: 10060003,
              httpStatus: 400,
            },
          },
          tracking: { status: 'skipped', attempts: 0 },
        },
        'failed',
      ),
    );
    expect(shown.state).toBe('失败 · failed');
    expect(shown.steps[1]).toEqual({
      step: 'shippingInfo',
      label: '发货信息 · shipping info',
      status: 'failed',
      state: '失败 · failed',
      attempts: 1,
      error: {
        message: 'WeChat rejected the upload',
        errcode: 10060003,
        httpStatus: 400,
      },
    });
    expect(shown.steps[2]).toMatchObject({
      status: 'skipped',
      state: '未要求 · not asked',
    });
  });
});
