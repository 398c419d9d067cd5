import { AccountBindType } from '../enums';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';

/** Input of `logistics.bindAccount` (`POST /cgi-bin/express/business/account/bind`). */
export class BindAccountDto {
  @EnumField(AccountBindType, 'AccountBindType', {
    description: '"bind" or "unbind"',
    example: AccountBindType.Bind,
  })
  type!: AccountBindType;

  @TextField({
    description: 'Carrier customer code',
    example: 'SF_CUSTOMER_1',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  bizId!: string;

  @TextField({
    description: 'Carrier id',
    example: 'SF',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  deliveryId!: string;

  // Optional: WeChat's docs say EMS, SF and JD bind without one; WxJava's
  // "required" would refuse those binds before WeChat could accept them.
  @TextField({
    description:
      'Carrier customer password (not needed for EMS, SF or JD). Never logged.',
    example: 'secret',
    presence: 'optional',
  })
  password?: string;

  @TextField({
    description: 'For EMS review: 电话：… 联系人：… 服务类型：… 发货地址：…',
    example:
      '电话：13800138000 联系人：张三 服务类型：标准快递 发货地址：广州市海珠区',
    presence: 'optional',
  })
  remarkContent?: string;
}
