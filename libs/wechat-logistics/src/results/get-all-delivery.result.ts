import { type ServiceTypeItem } from './service-type-item';

/** A carrier WeChat supports. */
export interface DeliveryInfo {
  deliveryId: string;
  deliveryName: string;
  /** 1 when the carrier takes cash (现付) orders, with `cashBizId` as the biz id. */
  canUseCash: number;
  /** 1 when getQuota works for the carrier (franchise carriers). */
  canGetQuota: number;
  /** The biz id for cash orders; meaningful when `canUseCash` is 1. */
  cashBizId: string;
  serviceType: ServiceTypeItem[];
}

/** Result of `logistics.getAllDelivery`. */
export interface GetAllDeliveryResult {
  count: number;
  data: DeliveryInfo[];
}
