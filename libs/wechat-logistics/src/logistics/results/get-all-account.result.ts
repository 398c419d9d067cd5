import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { type AccountStatusCode } from '../enums';
import { ServiceTypeItem } from './service-type-item';

/** A carrier account bound to this mini program. */
export class AccountInfo {
  @ApiField({ example: 'test_biz_id' })
  bizId!: string;

  @ApiField({ example: 'TEST' })
  deliveryId!: string;

  /** Unix seconds. */
  @ApiField({
    type: 'integer',
    description: 'Unix seconds',
    example: 1764140400,
  })
  createTime!: number;

  /** Unix seconds. */
  @ApiField({
    type: 'integer',
    description: 'Unix seconds',
    example: 1764140400,
  })
  updateTime!: number;

  /** 0 bound, 1 under review, 2 bind failed, 3 unbound; another value is passed on as it came. */
  @ApiField({
    type: 'integer',
    description: '0 bound, 1 under review, 2 bind failed, 3 unbound',
    example: 0,
  })
  statusCode!: AccountStatusCode | number;

  @ApiField({ example: '' })
  alias!: string;

  /** Why binding failed (EMS review). */
  @ApiField({ description: 'Why binding failed (EMS review)', example: '' })
  remarkWrongMsg!: string;

  /** The remark given at bind time. */
  @ApiField({ description: 'The remark given at bind time', example: '' })
  remarkContent!: string;

  /** Remaining e-waybill quota. */
  @ApiField({
    type: 'integer',
    description: 'Remaining e-waybill quota',
    example: 100,
  })
  quotaNum!: number;

  /** Unix seconds. */
  @ApiField({
    type: 'integer',
    description: 'Unix seconds',
    example: 1764140400,
  })
  quotaUpdateTime!: number;

  @ApiField({ type: () => [ServiceTypeItem] })
  serviceType!: ServiceTypeItem[];
}

/** Result of `logistics.getAllAccount`. */
export class GetAllAccountResult {
  @ApiField({ type: 'integer', example: 1 })
  count!: number;

  @ApiField({ type: () => [AccountInfo] })
  list!: AccountInfo[];
}
