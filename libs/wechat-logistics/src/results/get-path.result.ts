import { type ActionType } from '../enums';

/** One node of a waybill's track. */
export interface PathItem {
  /** Unix seconds. */
  actionTime: number;
  /** A documented {@link ActionType}, or another value WeChat sent (its own examples use 300001). */
  actionType: ActionType | number;
  actionMsg: string;
}

/** Result of `logistics.getPath`: the waybill's track so far. */
export interface GetPathResult {
  openid: string;
  deliveryId: string;
  waybillId: string;
  pathItemNum: number;
  pathItemList: PathItem[];
}
