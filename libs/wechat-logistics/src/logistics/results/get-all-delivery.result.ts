import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { ServiceTypeItem } from './service-type-item';

/** A carrier WeChat supports. */
export class DeliveryInfo {
  @ApiField({ example: 'SF' })
  deliveryId!: string;

  @ApiField({ example: '顺丰速运' })
  deliveryName!: string;

  /** 1 when the carrier takes cash (现付) orders, with `cashBizId` as the biz id. */
  @ApiField({
    type: 'integer',
    description:
      '1 when the carrier takes cash (现付) orders, with cashBizId as the biz id',
    example: 0,
  })
  canUseCash!: number;

  /** 1 when getQuota works for the carrier (franchise carriers). */
  @ApiField({
    type: 'integer',
    description: '1 when getQuota works for the carrier (franchise carriers)',
    example: 1,
  })
  canGetQuota!: number;

  /** The biz id for cash orders; meaningful when `canUseCash` is 1. */
  @ApiField({
    description: 'The biz id for cash orders, when canUseCash is 1',
    example: '',
  })
  cashBizId!: string;

  @ApiField({ type: () => [ServiceTypeItem] })
  serviceType!: ServiceTypeItem[];
}

/** Result of `logistics.getAllDelivery`. */
export class GetAllDeliveryResult {
  @ApiField({ type: 'integer', example: 1 })
  count!: number;

  @ApiField({ type: () => [DeliveryInfo] })
  data!: DeliveryInfo[];
}
