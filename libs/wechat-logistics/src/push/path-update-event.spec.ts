import { type PathUpdateEvent, toPathUpdateEvent } from './path-update-event';
import { WechatPushError } from './wechat-push.error';

const EXPECTED: PathUpdateEvent = {
  toUserName: 'gh_0123456789ab',
  fromUserName: 'oTestOpenId0001',
  createTime: 1700000000,
  msgType: 'event',
  event: 'add_express_path',
  deliveryId: 'TEST',
  waybillId: 'WB0001',
  orderId: 'ORD0001',
  version: 2,
  count: 2,
  actions: [
    { actionTime: 1700000000, actionType: 100001, actionMsg: 'picked up' },
    { actionTime: 1700000100, actionType: 999999, actionMsg: '' },
  ],
};

/** What the XML reader yields: every value a string. */
function xmlFields(): Record<string, unknown> {
  return {
    ToUserName: 'gh_0123456789ab',
    FromUserName: 'oTestOpenId0001',
    CreateTime: '1700000000',
    MsgType: 'event',
    Event: 'add_express_path',
    DeliveryID: 'TEST',
    WayBillId: 'WB0001',
    OrderId: 'ORD0001',
    Version: '2',
    Count: '2',
    Actions: [
      {
        ActionTime: '1700000000',
        ActionType: '100001',
        ActionMsg: 'picked up',
      },
      { ActionTime: '1700000100', ActionType: '999999', ActionMsg: '' },
    ],
  };
}

/** What JSON.parse yields: numbers as numbers. */
function jsonFields(): Record<string, unknown> {
  return {
    ...xmlFields(),
    CreateTime: 1700000000,
    Version: 2,
    Count: 2,
    Actions: [
      {
        ActionTime: 1700000000,
        ActionType: 100001,
        ActionMsg: 'picked up',
        Lat: 0,
        Lng: 0,
      },
      { ActionTime: 1700000100, ActionType: 999999, ActionMsg: '' },
    ],
  };
}

function malformedMessage(fields: Record<string, unknown>): string {
  try {
    toPathUpdateEvent(fields);
  } catch (error: unknown) {
    if (error instanceof WechatPushError && error.reason === 'malformed') {
      return error.message;
    }
    throw error;
  }
  throw new Error('expected a malformed WechatPushError');
}

describe('toPathUpdateEvent', () => {
  it.each([
    ['XML strings', xmlFields],
    ['JSON numbers', jsonFields],
  ])(
    'maps %s to the typed event, keeping unknown action types',
    (_case, fields) => {
      expect(toPathUpdateEvent(fields())).toEqual({
        kind: 'path-update',
        event: EXPECTED,
      });
    },
  );

  it('matches keys whatever their casing', () => {
    const { DeliveryID, WayBillId, OrderId, ...rest } = xmlFields();
    const event = toPathUpdateEvent({
      ...rest,
      DeliveryId: DeliveryID,
      WaybillID: WayBillId,
      orderid: OrderId,
    });
    expect(event).toEqual({ kind: 'path-update', event: EXPECTED });
  });

  it('prefers the documented spelling when two casings are present', () => {
    const event = toPathUpdateEvent({ ...xmlFields(), deliveryid: 'OTHER' });
    expect(event.kind === 'path-update' && event.event.deliveryId).toBe('TEST');
  });

  it('reads a single action object and a missing list', () => {
    const single = toPathUpdateEvent({
      ...xmlFields(),
      Actions: {
        ActionTime: '1700000000',
        ActionType: '100001',
        ActionMsg: 'picked up',
      },
    });
    expect(single.kind === 'path-update' && single.event.actions).toEqual([
      EXPECTED.actions[0],
    ]);
    const withoutActions = xmlFields();
    delete withoutActions.Actions;
    const none = toPathUpdateEvent({ ...withoutActions, Count: '0' });
    expect(none.kind === 'path-update' && none.event.actions).toEqual([]);
  });

  it.each([
    'ToUserName',
    'FromUserName',
    'CreateTime',
    'DeliveryID',
    'WayBillId',
    'OrderId',
    'Version',
    'Count',
    'MsgType',
  ])('refuses an event without %s as malformed', (key) => {
    const fields = jsonFields();
    delete fields[key];
    expect(malformedMessage(fields)).toContain(`${key} is missing`);
  });

  it.each(['ActionTime', 'ActionType', 'ActionMsg'])(
    'refuses an action without %s as malformed',
    (key) => {
      const fields = jsonFields();
      const actions = fields.Actions as Record<string, unknown>[];
      delete actions[1][key];
      expect(malformedMessage(fields)).toContain(
        `Actions[1].${key} is missing`,
      );
    },
  );

  it.each<[string, unknown]>([
    ['a fraction', 1.5],
    ['a negative number', -1],
    ['an unsafe integer', 2 ** 53],
    ['a digit string with letters', '12a'],
    ['an exponent', '1e3'],
    ['padding whitespace', ' 7'],
    ['a decimal string', '7.0'],
    ['an empty string', ''],
    ['a digit string beyond 2^53', '99999999999999999'],
    ['a boolean', true],
  ])('refuses a Version that is %s', (_case, version) => {
    expect(malformedMessage({ ...jsonFields(), Version: version })).toContain(
      'Version is not a whole number',
    );
  });

  it.each<[string, unknown]>([
    ['a number', 123],
    ['empty', ''],
    ['an array', ['WB1', 'WB2']],
  ])('refuses a WayBillId that is %s', (_case, waybillId) => {
    expect(malformedMessage({ ...jsonFields(), WayBillId: waybillId })).toMatch(
      /WayBillId is (not a string|empty)/,
    );
  });

  it('refuses an action that is not an object', () => {
    expect(malformedMessage({ ...jsonFields(), Actions: ['x'] })).toContain(
      'Actions[0] is not an object',
    );
  });

  it('ignores other events instead of failing them', () => {
    expect(toPathUpdateEvent({ ...xmlFields(), Event: 'add_waybill' })).toEqual(
      { kind: 'ignored', msgType: 'event', event: 'add_waybill' },
    );
  });

  it('ignores messages that are not events', () => {
    expect(toPathUpdateEvent({ MsgType: 'text', Content: 'hello' })).toEqual({
      kind: 'ignored',
      msgType: 'text',
      event: undefined,
    });
  });

  it('refuses an event message without an Event', () => {
    expect(malformedMessage({ MsgType: 'event' })).toContain(
      'Event is missing',
    );
  });
});
