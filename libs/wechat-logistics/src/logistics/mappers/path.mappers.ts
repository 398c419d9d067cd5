import { type GetPathResult } from '../results';
import {
  type WireObject,
  readNumber,
  readObjects,
  readString,
} from '../../core/wire/reply-fields';

/** Unknown action types are kept as they came: WeChat sends more than it documents. */
export function toGetPathResult(reply: WireObject): GetPathResult {
  const pathItemList = readObjects(reply, 'path_item_list').map((item) => ({
    actionTime: readNumber(item, 'action_time'),
    actionType: readNumber(item, 'action_type'),
    actionMsg: readString(item, 'action_msg'),
  }));
  return {
    openid: readString(reply, 'openid'),
    deliveryId: readString(reply, 'delivery_id'),
    waybillId: readString(reply, 'waybill_id'),
    pathItemNum: readNumber(reply, 'path_item_num', pathItemList.length),
    pathItemList,
  };
}
