import { type RouteHandler } from '../../http/emulator-route';
import { errorReply, jsonReply } from '../../http/wechat-reply';
import { readStringFields } from '../../http/body-fields';

/**
 * POST /cgi-bin/express/business/quota/get (§4.3). Success is a bare
 * `{quota_num}`, as in WeChat's example. The carrier's quota support is
 * checked before the account: a cash carrier has no quota for anyone.
 */
export const getQuotaHandler: RouteHandler = (
  { body },
  { carriers, accounts },
) => {
  const fields = readStringFields(body, ['delivery_id', 'biz_id']);
  if (!fields) return errorReply(930561);
  const carrier = carriers.get(fields.delivery_id);
  if (!carrier) return errorReply(9300503);
  if (!carrier.canGetQuota) return errorReply(9300527);
  if (!accounts.isBound(carrier.deliveryId, fields.biz_id)) {
    return errorReply(9300525);
  }
  const account = accounts.get(fields.biz_id, carrier.deliveryId);
  return jsonReply({ quota_num: account?.quotaNum ?? 0 });
};
