import { CrossFieldRule } from '../../core/validation/cross-field-rule.decorator';
import { RequiredIf } from '../../core/validation/required-if.decorator';
import {
  StoreOrderIdField,
  WxOrderIdField,
  WxStoreIdField,
} from './intracity.fields';

/**
 * An existing order (§4.14–4.16): `wxOrderId` alone, or `wxStoreId` +
 * `storeOrderId` together (only wxStoreId is a 934001). Both forms at once
 * are refused: which one WeChat would read is not documented.
 */
export class IntracityOrderKeyDto {
  @RequiredIf(
    (dto: IntracityOrderKeyDto) =>
      dto.wxStoreId === undefined && dto.storeOrderId === undefined,
    'unless wxStoreId and storeOrderId are given',
  )
  @WxOrderIdField('conditional')
  @CrossFieldRule(
    'orderKeyAlone',
    (_value, dto: IntracityOrderKeyDto) =>
      dto.wxStoreId === undefined && dto.storeOrderId === undefined,
    'must be given alone, or wxStoreId + storeOrderId instead',
  )
  wxOrderId?: string;

  @RequiredIf(
    (dto: IntracityOrderKeyDto) => dto.storeOrderId !== undefined,
    'with storeOrderId',
  )
  @WxStoreIdField('conditional')
  wxStoreId?: string;

  @RequiredIf(
    (dto: IntracityOrderKeyDto) => dto.wxStoreId !== undefined,
    'with wxStoreId',
  )
  @StoreOrderIdField('conditional')
  storeOrderId?: string;
}
