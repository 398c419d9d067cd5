import { type AccountStatusCode } from '../enums';
import { type ServiceTypeItem } from './service-type-item';

/** A carrier account bound to this mini program. */
export interface AccountInfo {
  bizId: string;
  deliveryId: string;
  /** Unix seconds. */
  createTime: number;
  /** Unix seconds. */
  updateTime: number;
  /** 0 bound, 1 under review, 2 bind failed, 3 unbound; another value is passed on as it came. */
  statusCode: AccountStatusCode | number;
  alias: string;
  /** Why binding failed (EMS review). */
  remarkWrongMsg: string;
  /** The remark given at bind time. */
  remarkContent: string;
  /** Remaining e-waybill quota. */
  quotaNum: number;
  /** Unix seconds. */
  quotaUpdateTime: number;
  serviceType: ServiceTypeItem[];
}

/** Result of `logistics.getAllAccount`. */
export interface GetAllAccountResult {
  count: number;
  list: AccountInfo[];
}
