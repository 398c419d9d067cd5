import { AccountStatusCode } from '../../../logistics/enums/account-status-code.enum';
import { PASSWORDLESS_CARRIERS } from '../state/emulated-account';
import {
  type EmulatorState,
  type RouteHandler,
} from '../../http/emulator-route';
import { errorReply, okReply, type WechatReply } from '../../http/wechat-reply';
import { readStringFields } from '../../http/body-fields';

type BindFields = Readonly<{
  biz_id: string;
  delivery_id: string;
  password?: string;
  remark_content?: string;
}>;

/**
 * POST /cgi-bin/express/business/account/bind (§4.2), `type` "bind" or
 * "unbind". Shape errors first, then the carrier, then the account's state,
 * and the carrier's own password check last, as a real bind would reach it.
 */
export const bindAccountHandler: RouteHandler = ({ body }, state) => {
  const fields = readStringFields(
    body,
    ['type', 'biz_id', 'delivery_id'],
    ['password', 'remark_content'],
  );
  if (!fields || (fields.type !== 'bind' && fields.type !== 'unbind')) {
    return errorReply(930561);
  }
  if (!state.carriers.has(fields.delivery_id)) return errorReply(9300503);
  return fields.type === 'bind' ? bind(fields, state) : unbind(fields, state);
};

function bind(fields: BindFields, { accounts }: EmulatorState): WechatReply {
  const { biz_id: bizId, delivery_id: deliveryId } = fields;
  const status = accounts.get(bizId, deliveryId)?.statusCode;
  if (
    status === AccountStatusCode.Bound ||
    status === AccountStatusCode.UnderReview
  )
    return errorReply(9300529);
  // The password is optional on the wire, but only EMS/SF/JD bind without one:
  // for the others the carrier's check fails exactly like a wrong password.
  const passwordMissing =
    !fields.password && !PASSWORDLESS_CARRIERS.has(deliveryId);
  if (passwordMissing || accounts.isPasswordRejected(bizId)) {
    return errorReply(9300531);
  }
  const account = accounts.bind(deliveryId, bizId, fields.remark_content);
  // EMS reviews bindings by hand: stored as "under review", answered 9300532.
  return account.statusCode === AccountStatusCode.UnderReview
    ? errorReply(9300532)
    : okReply();
}

function unbind(fields: BindFields, { accounts }: EmulatorState): WechatReply {
  const { biz_id: bizId, delivery_id: deliveryId } = fields;
  const status = accounts.get(bizId, deliveryId)?.statusCode;
  // Withdrawing an application under review counts as unbinding it.
  if (
    status !== AccountStatusCode.Bound &&
    status !== AccountStatusCode.UnderReview
  )
    return errorReply(9300530);
  accounts.unbind(deliveryId, bizId);
  return okReply();
}
