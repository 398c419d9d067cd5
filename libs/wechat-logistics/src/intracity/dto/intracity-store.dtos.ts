import { CrossFieldRule } from '../../core/validation/cross-field-rule.decorator';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { NestedField } from '../../core/validation/fields/nested-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { RequiredIf } from '../../core/validation/required-if.decorator';
import { IntracityCarrierId, IntracityOrderPattern } from '../enums';
import { IntracityAddressDto } from './intracity-address.dto';
import {
  CarrierField,
  OutStoreIdField,
  WxStoreIdField,
} from './intracity.fields';

const WHEN_CARRIER_FIRST = 'when orderPattern is 2 (carrier first)';

const isCarrierFirst = (dto: { orderPattern?: IntracityOrderPattern }) =>
  dto.orderPattern === IntracityOrderPattern.CarrierFirst;

function StoreNameField(): PropertyDecorator {
  return TextField({
    description: 'Store name',
    example: '海珠旗舰店',
    maxCharacters: 256,
    presence: 'optional',
  });
}

function OrderPatternField(): PropertyDecorator {
  return EnumField(IntracityOrderPattern, 'IntracityOrderPattern', {
    description:
      'How a carrier is picked: 1 price first (the cheapest; the default), 2 carrier first (serviceTransPrefer)',
    example: IntracityOrderPattern.PriceFirst,
    presence: 'optional',
  });
}

/**
 * The preferred carrier: required with orderPattern 2 (§3.3; else 934001),
 * and only meaningful then, so refused with pattern 1 rather than silently
 * ignored by WeChat.
 */
function ServiceTransPreferField(): PropertyDecorator {
  return (target, key) => {
    RequiredIf(isCarrierFirst, WHEN_CARRIER_FIRST)(target, key);
    CarrierField('The preferred carrier', 'conditional')(target, key);
    CrossFieldRule(
      'onlyWhenCarrierFirst',
      (_value, dto: { orderPattern?: IntracityOrderPattern }) =>
        isCarrierFirst(dto),
      `is only taken ${WHEN_CARRIER_FIRST}`,
    )(target, key);
  };
}

/**
 * Input of `intracity.createStore` (§4.2). The reference marks `out_store_id`
 * and `address_info` optional but describes both as needed, and WXJ refuses
 * to send without `out_store_id`: both required here (inference).
 */
export class IntracityCreateStoreDto {
  @OutStoreIdField()
  outStoreId!: string;

  @StoreNameField()
  storeName?: string;

  @OrderPatternField()
  orderPattern?: IntracityOrderPattern;

  @ServiceTransPreferField()
  serviceTransPrefer?: IntracityCarrierId;

  @NestedField(() => IntracityAddressDto, {
    description: 'The store (pickup) address',
  })
  addressInfo!: IntracityAddressDto;
}

/** Input of `intracity.queryStore` (§4.3): one store by either id, or (neither) every store. */
export class IntracityQueryStoreDto {
  @WxStoreIdField('optional')
  wxStoreId?: string;

  @OutStoreIdField('optional')
  outStoreId?: string;
}

/** `keys` of updateStore: the store, by exactly one of its ids. */
export class IntracityStoreKeysDto {
  @RequiredIf(
    (dto: IntracityStoreKeysDto) => dto.outStoreId === undefined,
    'unless outStoreId is given',
  )
  @WxStoreIdField('conditional')
  @CrossFieldRule(
    'oneStoreKey',
    (_value, dto: IntracityStoreKeysDto) => dto.outStoreId === undefined,
    'and outStoreId are exclusive: give one of them',
  )
  wxStoreId?: string;

  @OutStoreIdField('optional')
  outStoreId?: string;
}

/**
 * `content` of updateStore: only the fields given change. `order_pattern` is a
 * string in OFF-IC's table and a number in createstore and every SDK
 * (conflict): sent as a number.
 */
export class IntracityStoreChangesDto {
  @StoreNameField()
  storeName?: string;

  @OrderPatternField()
  orderPattern?: IntracityOrderPattern;

  @ServiceTransPreferField()
  serviceTransPrefer?: IntracityCarrierId;

  @NestedField(() => IntracityAddressDto, {
    description: 'The new store address (every inner field, as in createStore)',
    presence: 'optional',
  })
  addressInfo?: IntracityAddressDto;
}

/** Input of `intracity.updateStore` (§4.4). */
export class IntracityUpdateStoreDto {
  @NestedField(() => IntracityStoreKeysDto, {
    description: 'Which store: wxStoreId or outStoreId',
  })
  keys!: IntracityStoreKeysDto;

  @NestedField(() => IntracityStoreChangesDto, {
    description: 'What to change (at least one field)',
  })
  @CrossFieldRule(
    'somethingToChange',
    (value) =>
      typeof value !== 'object' ||
      Object.values(value as object).some((field) => field !== undefined),
    'must change at least one field (storeName, orderPattern, serviceTransPrefer, addressInfo)',
  )
  content!: IntracityStoreChangesDto;
}
