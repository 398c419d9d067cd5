import { ActionType } from '../enums';
import { toGetPathResult } from './path.mappers';

describe('toGetPathResult', () => {
  it('keeps action types WeChat does not document', () => {
    const result = toGetPathResult({
      openid: 'o',
      delivery_id: 'SF',
      waybill_id: 'WB',
      path_item_num: 2,
      path_item_list: [
        { action_time: 1700000000, action_type: 100001, action_msg: '揽件' },
        { action_time: 1700000100, action_type: 300001, action_msg: '派送中' },
      ],
    });
    expect(result.pathItemList.map((item) => item.actionType)).toEqual([
      ActionType.PickedUp,
      300001,
    ]);
  });

  it('counts the nodes when path_item_num is missing, and reads no list as none', () => {
    expect(toGetPathResult({ path_item_list: [{}] })).toMatchObject({
      pathItemNum: 1,
      pathItemList: [{ actionTime: 0, actionType: 0, actionMsg: '' }],
    });
    expect(toGetPathResult({})).toMatchObject({
      pathItemNum: 0,
      pathItemList: [],
    });
  });
});
