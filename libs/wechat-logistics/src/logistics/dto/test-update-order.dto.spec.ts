import { messagesFor } from './support.spec-helper';
import { TestUpdateOrderDto } from './test-update-order.dto';

const valid = {
  bizId: 'test_biz_id',
  orderId: 'O-1',
  deliveryId: 'TEST',
  waybillId: 'WB-1',
  actionTime: 1764140400,
  actionType: 100001,
  actionMsg: '揽件成功',
};

describe('TestUpdateOrderDto', () => {
  it('accepts a sandbox order update', () => {
    expect(messagesFor(TestUpdateOrderDto, valid)).toEqual([]);
  });

  it('works on the sandbox carrier TEST only', () => {
    expect(
      messagesFor(TestUpdateOrderDto, { ...valid, deliveryId: 'SF' }),
    ).toEqual([
      'deliveryId must be "TEST": testUpdateOrder only moves sandbox orders',
    ]);
  });

  it.each(['test_we_id', 'SF_CUSTOMER'])(
    'refuses biz id %p: only test_biz_id',
    (bizId) => {
      expect(messagesFor(TestUpdateOrderDto, { ...valid, bizId })).toEqual([
        'bizId must be "test_biz_id": testUpdateOrder only moves sandbox orders',
      ]);
    },
  );

  it.each([
    100001, 100002, 100003, 200001, 300002, 300003, 300004, 400001, 400002,
  ])('accepts the documented action type %p', (actionType) => {
    expect(messagesFor(TestUpdateOrderDto, { ...valid, actionType })).toEqual(
      [],
    );
  });

  it.each([300001, 90001, 0, 'PickedUp'])(
    'refuses the undocumented action type %p',
    (actionType) => {
      expect(messagesFor(TestUpdateOrderDto, { ...valid, actionType })).toEqual(
        [
          expect.stringMatching(
            /^actionType must be one of 100001 \(PickedUp\)/,
          ),
        ],
      );
    },
  );

  it('refuses an action time in milliseconds', () => {
    expect(
      messagesFor(TestUpdateOrderDto, { ...valid, actionTime: Date.now() }),
    ).toEqual([
      expect.stringMatching(
        /^actionTime must be Unix seconds, but \d+ looks like milliseconds/,
      ),
    ]);
  });

  it('requires every field', () => {
    expect(messagesFor(TestUpdateOrderDto, {})).toEqual(
      expect.arrayContaining([
        'bizId should not be empty',
        'orderId should not be empty',
        'deliveryId should not be empty',
        'waybillId should not be empty',
        'actionTime must be an integer ≥ 0',
        expect.stringMatching(/^actionType must be one of/),
        'actionMsg should not be empty',
      ]),
    );
  });
});
