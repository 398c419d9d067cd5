import {
  type AccountInfo,
  type DeliveryInfo,
  type GetAllAccountResult,
  type GetAllDeliveryResult,
  type GetQuotaResult,
} from '../results';
import {
  type WireObject,
  readNumber,
  readObjects,
  readString,
} from '../../core/wire/reply-fields';
import { readServiceTypes } from './shared.mappers';

export function toGetAllDeliveryResult(
  reply: WireObject,
): GetAllDeliveryResult {
  const data = readObjects(reply, 'data').map((item): DeliveryInfo => ({
    deliveryId: readString(item, 'delivery_id'),
    deliveryName: readString(item, 'delivery_name'),
    canUseCash: readNumber(item, 'can_use_cash'),
    canGetQuota: readNumber(item, 'can_get_quota'),
    cashBizId: readString(item, 'cash_biz_id'),
    serviceType: readServiceTypes(item),
  }));
  return { count: readNumber(reply, 'count', data.length), data };
}

export function toGetAllAccountResult(reply: WireObject): GetAllAccountResult {
  const list = readObjects(reply, 'list').map((item): AccountInfo => ({
    bizId: readString(item, 'biz_id'),
    deliveryId: readString(item, 'delivery_id'),
    createTime: readNumber(item, 'create_time'),
    updateTime: readNumber(item, 'update_time'),
    statusCode: readNumber(item, 'status_code'),
    alias: readString(item, 'alias'),
    remarkWrongMsg: readString(item, 'remark_wrong_msg'),
    remarkContent: readString(item, 'remark_content'),
    quotaNum: readNumber(item, 'quota_num'),
    quotaUpdateTime: readNumber(item, 'quota_update_time'),
    serviceType: readServiceTypes(item),
  }));
  return { count: readNumber(reply, 'count', list.length), list };
}

export function toGetQuotaResult(reply: WireObject): GetQuotaResult {
  return { quotaNum: readNumber(reply, 'quota_num') };
}
