import { type ClassConstructor } from 'class-transformer';
import { WechatValidationError } from '../core/errors';
import { validateInput } from '../core/validation/validate-input';
import { type AddOrderDto } from '../logistics/dto/add-order.dto';
import { GetShippingOrderDto, UploadShippingInfoDto } from '../shipping/dto';
import { SF_EXPRESS_COMPANY } from '../shipping/dto/shipping-item.dto';
import {
  DeliveryMode,
  LogisticsType,
  OrderNumberType,
} from '../shipping/enums';
import {
  FollowWaybillDto,
  type TraceWaybillDto,
} from '../waybill-tracking/dto/register-waybill.dto';
import { ShipOrderDto } from './dto/ship-order.dto';
import { maskedReceiverPhone } from './masked-receiver-phone';

export const SHIP_API = 'shipments.ship';

/** Stands for the waybill id while the calls' inputs are checked, before the waybill exists. */
const WAYBILL_PLACEHOLDER = 'WAYBILL0000000000';

/**
 * The three calls a shipment makes, derived from its validated input. Each
 * derived input is validated against its call's own DTO before anything is
 * sent (a rule the shipment's DTO does not repeat still stops the whole
 * shipment, not its second step after a waybill was booked).
 */
export class ShipmentPlan {
  private constructor(readonly input: ShipOrderDto) {}

  /** Validates `input` and everything derived from it; throws one `WechatValidationError` naming every broken rule. */
  static of(input: unknown): ShipmentPlan {
    const plan = new ShipmentPlan(validateInput(SHIP_API, ShipOrderDto, input));
    const messages = [
      ...problems('shippingInfo', UploadShippingInfoDto, () =>
        plan.upload(
          WAYBILL_PLACEHOLDER,
          plan.input.waybill.deliveryId,
          new Date(),
        ),
      ),
      ...problems('shippingInfo', GetShippingOrderDto, () =>
        plan.paymentQuery(),
      ),
      ...(plan.input.tracking
        ? problems('tracking', FollowWaybillDto, () =>
            plan.tracking(WAYBILL_PLACEHOLDER),
          )
        : []),
    ];
    if (messages.length > 0)
      throw new WechatValidationError(SHIP_API, messages);
    return plan;
  }

  get orderId(): string {
    return this.input.orderId;
  }

  /** addOrder's input: the waybill with the shipment's order id. */
  addOrder(): AddOrderDto {
    return { ...this.input.waybill, orderId: this.input.orderId };
  }

  /** upload_shipping_info's input: one express package, unified delivery, by the payer. */
  upload(
    waybillId: string,
    expressCompany: string,
    uploadTime: Date,
  ): UploadShippingInfoDto {
    const contact =
      expressCompany === SF_EXPRESS_COMPANY
        ? maskedReceiverPhone(this.input.waybill.receiver)
        : undefined;
    return {
      orderKey: { ...this.input.payment },
      logisticsType: LogisticsType.Express,
      deliveryMode: DeliveryMode.Unified,
      shippingList: [
        {
          trackingNo: waybillId,
          expressCompany,
          itemDesc: this.input.itemDesc,
          ...(contact ? { contact: { receiverContact: contact } } : {}),
        },
      ],
      uploadTime,
      payer: { openid: this.input.payerOpenid },
    };
  }

  /** The shipping getOrder's key of the same payment (named merchant_* there, §3.1). */
  paymentQuery(): GetShippingOrderDto {
    const { payment } = this.input;
    return payment.orderNumberType === OrderNumberType.TransactionId
      ? { transactionId: payment.transactionId }
      : { merchantId: payment.mchid, merchantTradeNo: payment.outTradeNo };
  }

  /**
   * follow_waybill / trace_waybill's input (their fields are identical), or
   * undefined when tracking was not asked. `deliveryId` is 物流服务's carrier
   * code (the mapped one), `transId` the payment's when given by transaction id.
   */
  tracking(
    waybillId: string,
    deliveryId?: string,
  ): TraceWaybillDto | undefined {
    const tracking = this.input.tracking;
    if (!tracking) return undefined;
    return {
      openid: this.input.payerOpenid,
      receiverPhone: tracking.receiverPhone,
      waybillId: waybillId,
      ...(deliveryId ? { deliveryId } : {}),
      goodsInfo: {
        detailList: tracking.goods.map((goods) => ({
          goodsName: goods.name,
          goodsImgUrl: goods.imageUrl,
        })),
      },
      ...(this.input.payment.transactionId
        ? { transId: this.input.payment.transactionId }
        : {}),
      ...(tracking.orderDetailPath
        ? { orderDetailPath: tracking.orderDetailPath }
        : {}),
    };
  }
}

/** A derived input's broken rules, each naming the step it belongs to. */
function problems<T extends object>(
  step: string,
  type: ClassConstructor<T>,
  derive: () => unknown,
): string[] {
  try {
    validateInput(SHIP_API, type, derive());
    return [];
  } catch (error) {
    if (!(error instanceof WechatValidationError)) throw error;
    return error.messages.map((message) => `${step}: ${message}`);
  }
}
