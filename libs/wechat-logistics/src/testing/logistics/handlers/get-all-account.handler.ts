import { type EmulatedAccount } from '../state/emulated-account';
import { type RouteHandler } from '../../http/emulator-route';
import { okReply } from '../../http/wechat-reply';
import { serviceTypeList } from './service-type-list';

/**
 * GET (or POST, as MZ sends it) /cgi-bin/express/business/account/getall
 * (§4.1). Unlike getAllDelivery its documented response lists errcode/errmsg,
 * so success carries `errcode: 0`. Unbound (3) and refused (2) accounts stay
 * listed: the status codes exist precisely to show them.
 */
export const getAllAccountHandler: RouteHandler = (_request, { accounts }) => {
  const list = accounts.list().map(accountItem);
  return okReply({ count: list.length, list });
};

function accountItem(account: EmulatedAccount): Record<string, unknown> {
  return {
    biz_id: account.bizId,
    delivery_id: account.deliveryId,
    create_time: account.createTime,
    update_time: account.updateTime,
    status_code: account.statusCode,
    alias: account.alias,
    remark_wrong_msg: account.remarkWrongMsg,
    remark_content: account.remarkContent,
    quota_num: account.quotaNum,
    quota_update_time: account.quotaUpdateTime,
    service_type: serviceTypeList(account.serviceTypes),
  };
}
