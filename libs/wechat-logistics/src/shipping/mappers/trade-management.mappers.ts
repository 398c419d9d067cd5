import {
  type GetFamousBrandApplyStatusResult,
  type IsTradeManagedResult,
  type IsTradeManagementConfirmationCompletedResult,
} from '../results';
import {
  type WireObject,
  readBoolean,
  readNumber,
  readObject,
  readOptionalString,
} from '../../core/wire/reply-fields';

export function toIsTradeManagedResult(
  reply: WireObject,
): IsTradeManagedResult {
  return { isTradeManaged: readBoolean(reply, 'is_trade_managed') };
}

export function toConfirmationCompletedResult(
  reply: WireObject,
): IsTradeManagementConfirmationCompletedResult {
  return { completed: readBoolean(reply, 'completed') };
}

export function toFamousBrandApplyStatusResult(
  reply: WireObject,
): GetFamousBrandApplyStatusResult {
  const application = readObject(reply, 'application');
  const auditReason = readOptionalString(
    readObject(application, 'audit_info'),
    'audit_reason',
  );
  return {
    progress: { status: readNumber(readObject(reply, 'progress'), 'status') },
    application: {
      applyFor: readNumber(application, 'apply_for'),
      status: readNumber(application, 'status'),
      auditInfo: auditReason === undefined ? {} : { auditReason },
    },
  };
}
