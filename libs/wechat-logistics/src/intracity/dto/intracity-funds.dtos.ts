import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { CrossFieldRule } from '../../core/validation/cross-field-rule.decorator';
import { RequiredIf } from '../../core/validation/required-if.decorator';
import {
  IntracityCarrierId,
  IntracityFlowType,
  IntracityPayer,
} from '../enums';
import {
  CarrierField,
  FenField,
  PayModeField,
  UnixSecondsField,
  WxStoreIdField,
} from './intracity.fields';

/** The store's balance pays unless the app or the platform does (§4.5). */
const paidByStore = (dto: { payMode?: IntracityPayer }) =>
  dto.payMode === undefined || dto.payMode === IntracityPayer.Store;
const WHEN_STORE_PAYS =
  'when payMode is PAY_MODE_STORE or absent (the store pays)';

/** Top-ups below ¥50 are refused (§4.5, §8). */
export const INTRACITY_MIN_CHARGE_FEN = 5000;

/**
 * Input of `intracity.storeCharge` (§4.5): a 服务市场 page where the merchant
 * pays the top-up. The money is valid 30 days; what is left then goes back.
 */
export class IntracityStoreChargeDto {
  @RequiredIf(paidByStore, WHEN_STORE_PAYS)
  @WxStoreIdField('conditional')
  wxStoreId?: string;

  @CarrierField('The carrier whose balance is topped up')
  serviceTransId!: IntracityCarrierId;

  @FenField(
    `The top-up, at least ${INTRACITY_MIN_CHARGE_FEN} fen (¥50)`,
    INTRACITY_MIN_CHARGE_FEN,
  )
  amount!: number;

  @PayModeField('Whose balance is topped up')
  payMode?: IntracityPayer;
}

/**
 * Input of `intracity.storeRefund` (§4.6): refunds the whole unused balance
 * with one carrier (934006 while orders are in flight; arrives within 5 minutes).
 */
export class IntracityStoreRefundDto {
  @RequiredIf(paidByStore, WHEN_STORE_PAYS)
  @WxStoreIdField('conditional')
  wxStoreId?: string;

  @CarrierField('The carrier whose balance is refunded')
  serviceTransId!: IntracityCarrierId;

  @PayModeField('Whose balance is refunded')
  payMode?: IntracityPayer;
}

/** Input of `intracity.balanceQuery` (§4.8): per carrier, or one. */
export class IntracityBalanceQueryDto {
  @RequiredIf(paidByStore, WHEN_STORE_PAYS)
  @WxStoreIdField('conditional')
  wxStoreId?: string;

  @CarrierField('Only this carrier (absent: every carrier)', 'optional')
  serviceTransId?: IntracityCarrierId;

  @PayModeField('Whose balance')
  payMode?: IntracityPayer;
}

/**
 * Input of `intracity.queryFlow` (§4.7). Without times, the last 90 days.
 * `pay_mode` is required by OFF-IC and sent by neither SDK (conflict): it is
 * always sent, PAY_MODE_STORE when absent (WeChat's default everywhere else).
 */
export class IntracityQueryFlowDto {
  @WxStoreIdField()
  wxStoreId!: string;

  @EnumField(IntracityFlowType, 'IntracityFlowType', {
    description:
      'Which flows: 1 top-ups (充值), 2 consumption (消费), 3 refunds (退款)',
    example: IntracityFlowType.Charge,
  })
  flowType!: IntracityFlowType;

  @CarrierField('Only this carrier', 'optional')
  serviceTransId?: IntracityCarrierId;

  @UnixSecondsField('From')
  beginTime?: number;

  @UnixSecondsField('Until')
  @CrossFieldRule(
    'notBeforeBegin',
    (value, dto: IntracityQueryFlowDto) =>
      dto.beginTime === undefined ||
      typeof value !== 'number' ||
      value >= dto.beginTime,
    'must not be before beginTime',
  )
  endTime?: number;

  @PayModeField('Whose flows (PAY_MODE_STORE is sent when absent)')
  payMode?: IntracityPayer;
}

/** Input of `intracity.setPayMode` (§4.9); the library sends the app's own appid (934012 otherwise). */
export class IntracitySetPayModeDto {
  @EnumField(IntracityPayer, 'IntracityPayer', {
    description:
      'Who pays from now on (after an admin of the mini program confirms the template message WeChat sends)',
    example: IntracityPayer.App,
  })
  payMode!: IntracityPayer;
}

/** Input of `intracity.getCity` (§4.11). */
export class IntracityGetCityDto {
  @CarrierField('Only this carrier (absent: every carrier)', 'optional')
  serviceTransId?: IntracityCarrierId;
}
