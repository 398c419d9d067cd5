import { AddSource, TakeMode } from '../enums';
import { IsUnixSeconds } from '../../core/validation/is-unix-seconds.decorator';
import { RequiredIf } from '../../core/validation/required-if.decorator';
import { CargoDto } from './cargo.dto';
import { DeliveryServiceDto } from './delivery-service.dto';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { NestedField } from '../../core/validation/fields/nested-field.decorators';
import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { InsuredDto } from './insured.dto';
import { PersonDto } from './person.dto';
import { ShopDto } from './shop.dto';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';

const fromApp = (order: AddOrderDto) => order.addSource === AddSource.AppOrH5;
const notFromApp = (order: AddOrderDto) => !fromApp(order);

/**
 * Input of `logistics.addOrder` (`POST /cgi-bin/express/business/order/add`).
 * Fields are declared in WeChat's order, which is the order they are sent in.
 */
export class AddOrderDto {
  @EnumField(AddSource, 'AddSource', {
    description:
      '0 = placed in the mini program; 2 = placed in an App or H5 page (no notification is sent)',
    example: AddSource.MiniProgram,
  })
  addSource!: AddSource;

  @TextField({
    description:
      'AppID of the App or H5 page, bound to the same Open Platform account; required when addSource is 2',
    example: 'wx0123456789abcdef',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'conditional',
  })
  @RequiredIf(fromApp, 'when addSource is 2 (App/H5 order)')
  wxAppid?: string;

  @TextField({
    description: 'Merchant order id, unique across all your orders',
    example: 'ORDER-20261126-0001',
    maxBytes: 512,
  })
  orderId!: string;

  // The 2019 docs required openid always; current docs waive it for App/H5 orders.
  @TextField({
    description: "The user's openid; required unless addSource is 2",
    example: 'oUser0000000000000000000001',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'conditional',
  })
  @RequiredIf(notFromApp, 'unless addSource is 2 (App/H5 order)')
  openid?: string;

  @TextField({
    description: 'Carrier id, from getAllDelivery',
    example: 'TEST',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  deliveryId!: string;

  @TextField({
    description:
      "Carrier customer code, or the carrier's cashBizId for cash orders",
    example: 'test_biz_id',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  bizId!: string;

  @TextField({
    description: 'Remark printed on the label',
    example: '易碎物品',
    maxBytes: 1024,
    presence: 'optional',
  })
  customRemark?: string;

  @IntegerField({
    description:
      'Platform mini programs: tag of the sub-merchant placing the order',
    example: 123,
    presence: 'optional',
  })
  tagid?: number;

  @NestedField(() => PersonDto, { description: 'Sender' })
  sender!: PersonDto;

  @NestedField(() => PersonDto, { description: 'Receiver' })
  receiver!: PersonDto;

  @NestedField(() => CargoDto, { description: 'What the carrier picks up' })
  cargo!: CargoDto;

  // Sources disagree on whether shop is required; most say yes, and one SDK
  // waives it for App/H5 orders, which get no notification to show it in.
  @NestedField(() => ShopDto, {
    description:
      "Goods shown in the user's notification and on the label; required unless addSource is 2",
    presence: 'conditional',
  })
  @RequiredIf(notFromApp, 'unless addSource is 2 (App/H5 order)')
  shop?: ShopDto;

  @NestedField(() => InsuredDto, { description: 'Insurance' })
  insured!: InsuredDto;

  @NestedField(() => DeliveryServiceDto, { description: "Carrier's service" })
  service!: DeliveryServiceDto;

  // SF sends no courier for an order without it; 0 is WeChat's "agreed in advance".
  @IntegerField({
    description:
      'Desired pick-up time, Unix SECONDS; required for SF (0 = agreed in advance with the courier)',
    example: 1764140400,
    presence: 'conditional',
  })
  @RequiredIf(
    (order: AddOrderDto) => order.deliveryId === 'SF',
    'for SF (顺丰)',
  )
  @IsUnixSeconds()
  expectTime?: number;

  @EnumField(TakeMode, 'TakeMode', {
    description:
      'YTO only: 0 = offline branch contract (default), 1 = headquarters settlement',
    example: TakeMode.BranchContract,
    presence: 'optional',
  })
  takeMode?: TakeMode;
}
