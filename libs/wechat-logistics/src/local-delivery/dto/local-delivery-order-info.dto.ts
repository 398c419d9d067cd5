import { LocalDeliveryOrderType, RiderPickMethod } from '../enums';
import { CrossFieldRule } from '../../core/validation/cross-field-rule.decorator';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { isPresent } from '../../core/validation/required-if.decorator';
import {
  DecimalIn,
  FlagField,
  type LocalDeliveryFlag,
  UnixSecondsField,
  YUAN,
} from './local-delivery.fields';

/** No documented ceiling for these amounts; the carrier has its own. */
const ANY_AMOUNT = 1_000_000;

/**
 * `order_info` (§3.0). Per-carrier rules (SS must send isDirectDelivery 1,
 * SFTC needs orderTime, which expected_* time each carrier reads, booking
 * windows) are the carrier's: the request does not always say the carrier
 * (addTip has none), and the docs disagree across versions (§7.4), so they
 * are left to it. Checked here: units, bounds, and that a scheduled order
 * says when.
 */
export class LocalDeliveryOrderInfoDto {
  @TextField({
    description:
      'Carrier product code: SS 1; MTPS per its product list; empty for SFTC and DADA',
    example: '1',
    maxCharacters: 64,
    presence: 'optional',
  })
  deliveryServiceCode?: string;

  @EnumField(LocalDeliveryOrderType, 'LocalDeliveryOrderType', {
    description:
      '0 immediate (default), 1 scheduled (then one of expectedDeliveryTime, expectedFinishTime, expectedPickTime)',
    example: LocalDeliveryOrderType.Immediate,
    presence: 'optional',
  })
  @CrossFieldRule<LocalDeliveryOrderInfoDto>(
    'scheduledNeedsTime',
    (value, info) =>
      value !== LocalDeliveryOrderType.Scheduled ||
      isPresent(info.expectedDeliveryTime) ||
      isPresent(info.expectedFinishTime) ||
      isPresent(info.expectedPickTime),
    '1 (scheduled) needs one of expectedDeliveryTime, expectedFinishTime, expectedPickTime',
  )
  orderType?: LocalDeliveryOrderType;

  @UnixSecondsField('When the carrier starts dispatching (DADA)')
  expectedDeliveryTime?: number;

  @UnixSecondsField('Desired arrival (MTPS, SFTC)')
  expectedFinishTime?: number;

  @UnixSecondsField('Desired pickup (SS ≥ 2 h ahead, SFTC)')
  expectedPickTime?: number;

  @TextField({
    description: 'Store serial number of the order, to help pickup',
    example: '#17',
    maxCharacters: 32,
    presence: 'optional',
  })
  poiSeq?: string;

  @TextField({
    description: 'Remark',
    example: '少放辣',
    maxCharacters: 200,
    presence: 'optional',
  })
  note?: string;

  @UnixSecondsField('When the user paid (SFTC requires it)')
  orderTime?: number;

  @FlagField('Insured')
  isInsured?: LocalDeliveryFlag;

  @DecimalIn({
    ...YUAN,
    description: 'Insured value',
    example: 38.5,
    min: 0,
    max: ANY_AMOUNT,
    presence: 'optional',
  })
  declaredValue?: number;

  @DecimalIn({
    ...YUAN,
    description: 'Tip at order time, normally 0',
    example: 0,
    min: 0,
    max: ANY_AMOUNT,
    presence: 'optional',
  })
  tips?: number;

  @FlagField(
    'Direct delivery, the rider carries only this order (SS must send 1)',
  )
  isDirectDelivery?: LocalDeliveryFlag;

  @DecimalIn({
    ...YUAN,
    description: 'Amount the rider pays on delivery',
    example: 0,
    min: 0,
    max: ANY_AMOUNT,
    presence: 'optional',
  })
  cashOnDelivery?: number;

  @DecimalIn({
    ...YUAN,
    description: 'Amount the rider collects at pickup',
    example: 0,
    min: 0,
    max: ANY_AMOUNT,
    presence: 'optional',
  })
  cashOnPickup?: number;

  @EnumField(RiderPickMethod, 'RiderPickMethod', {
    description: '1 store → user, 2 user → store',
    example: RiderPickMethod.StoreToUser,
    presence: 'optional',
  })
  riderPickMethod?: RiderPickMethod;

  @FlagField("The rider must enter the user's receive code")
  isFinishCodeNeeded?: LocalDeliveryFlag;

  @FlagField("The rider must enter the store's pickup code")
  isPickupCodeNeeded?: LocalDeliveryFlag;
}
