import {
  type IntracityCargoType,
  type IntracityCarrierId,
  type IntracityFlowType,
  type IntracityOrderPattern,
  type IntracityOrderStatus,
  type IntracityOrderStatusInfo,
  type IntracityPayer,
} from '../enums';

/*
 * Results of 同城配送's calls, camelCase, built field by field from the reply.
 * Units: money in FEN (分, integers) in every field named fee, amount, price
 * or balance; weight in grams; distance in metres; times in Unix seconds.
 * Ids (wxStoreId, wxOrderId, payOrderId …) are strings end to end: they are
 * 19-digit numbers a JavaScript number would round.
 */

/** A reply that carries nothing but `errcode: 0`. */
export type IntracityEmptyResult = Record<string, never>;

/** `order_status` as sent, with its words and final flag (undefined for a value WeChat has not documented). */
export interface IntracityStatusFields {
  readonly orderStatus: IntracityOrderStatus | number;
  readonly statusInfo: IntracityOrderStatusInfo | undefined;
}

export interface IntracityCreateStoreResult {
  readonly wxStoreId: string;
  readonly outStoreId: string;
  readonly appid: string;
}

export interface IntracityStoreAddress {
  readonly province: string;
  readonly city: string;
  readonly area: string;
  readonly street: string;
  readonly house: string;
  readonly lat: number;
  readonly lng: number;
  readonly phone: string;
}

export interface IntracityStoreInfo {
  readonly wxStoreId: string;
  readonly outStoreId: string;
  /** City id (a string; SKIT parses it as int). */
  readonly cityId: string;
  readonly storeName: string;
  readonly orderPattern: IntracityOrderPattern | number;
  readonly serviceTransPrefer: IntracityCarrierId | string;
  readonly addressInfo: IntracityStoreAddress;
}

export interface IntracityQueryStoreResult {
  readonly storeList: IntracityStoreInfo[];
}

export interface IntracityStoreChargeResult {
  /** The 服务市场 page where the merchant pays the top-up. */
  readonly payUrl: string;
  readonly appid: string;
  readonly wxStoreId: string;
}

export interface IntracityStoreRefundResult {
  readonly appid: string;
  readonly wxStoreId: string;
  /** What was refunded, fen. */
  readonly refundAmount: number;
}

export interface IntracityFlow {
  readonly flowType: IntracityFlowType | number;
  readonly appid: string;
  readonly wxStoreId: string;
  /** The top-up order (a string). */
  readonly payOrderId: string;
  readonly serviceTransId: IntracityCarrierId | string;
  /** Fen. */
  readonly payAmount: number;
  readonly payTime: number | undefined;
  /** `SUCCESS` / `FAIL`. */
  readonly payStatus: string;
  readonly createTime: number | undefined;
  /** Top-ups and refunds: when the money expires. */
  readonly consumeDeadline: number | undefined;
  readonly refundTime: number | undefined;
  /** Fen. */
  readonly refundAmount: number | undefined;
  /** Consumption: the orderer. */
  readonly openid: string | undefined;
  readonly deliveryStatus: IntracityOrderStatus | number | undefined;
  /** `PROCESSING` / `SUCCESS`. */
  readonly refundStatus: string | undefined;
  /** Consumption: the penalty, fen. */
  readonly deductAmount: number | undefined;
  readonly billId: string | undefined;
  readonly deliveryFinishedTime: number | undefined;
  readonly wxOrderId: string | undefined;
}

export interface IntracityQueryFlowResult {
  readonly flowList: IntracityFlow[];
  /** Fen. */
  readonly totalPayAmt: number;
  /** Fen. */
  readonly totalRefundAmt: number;
  /** Fen (consumption). */
  readonly totalDeductAmt: number | undefined;
  /** Count (SKIT only). */
  readonly total: number | undefined;
}

export interface IntracityLiveTopUp {
  /** Note: `payorder_id` here, `pay_order_id` in queryFlow. */
  readonly payOrderId: string;
  /** Fen. */
  readonly chargeAmt: number;
  /** Fen. */
  readonly unusedAmt: number;
  readonly beginTime: number | undefined;
  /** After it, the remainder is refunded. */
  readonly endTime: number | undefined;
}

export interface IntracityCarrierBalance {
  /** Fen. */
  readonly balance: number;
  readonly serviceTransId: IntracityCarrierId | string;
  readonly serviceTransName: string;
  readonly orderList: IntracityLiveTopUp[];
}

export interface IntracityBalanceQueryResult {
  readonly wxStoreId: string;
  readonly appid: string;
  /** Every carrier's together, fen. */
  readonly allBalance: number;
  readonly balanceDetail: IntracityCarrierBalance[];
}

export interface IntracityGetPayModeResult {
  readonly payMode: IntracityPayer | string;
  /** With PAY_MODE_APP. */
  readonly payAppid: string | undefined;
  /** With PAY_MODE_COMPONENT (WXJ reads `component_appid`: a bug). */
  readonly payComponentAppid: string | undefined;
}

export interface IntracityServedCity {
  /** Administrative-division code. */
  readonly cityCode: number;
  readonly cityName: string;
}

export interface IntracityGetCityResult {
  readonly supportList: {
    readonly serviceTransId: IntracityCarrierId | string;
    readonly cityList: IntracityServedCity[];
  }[];
}

export interface IntracityPreAddOrderResult {
  readonly serviceTransId: IntracityCarrierId | string;
  /** Metres. */
  readonly distance: number;
  /** Estimated fee, fen. */
  readonly estFee: number;
  /** Unix s of the expected delivery. */
  readonly expectedFinishedTime: number | undefined;
  /** Delivery duration, minutes. */
  readonly promiseDeliveryTime: number | undefined;
}

export interface IntracityAddOrderResult {
  readonly wxStoreId: string;
  /** WeChat's order id; absent from the official example reply (then ''). */
  readonly wxOrderId: string;
  readonly storeOrderId: string;
  readonly serviceTransId: IntracityCarrierId | string;
  /** Metres. */
  readonly distance: number;
  readonly transOrderId: string;
  /** Only when the carrier gives one. */
  readonly waybillId: string | undefined;
  /** Fen. */
  readonly fee: number;
  readonly fetchCode: string | undefined;
  readonly orderSeq: string | undefined;
}

export interface IntracityOrderItem {
  readonly itemName: string;
  readonly itemPicUrl: string;
  /** OFF-IC's table says `num`, its example and SKIT `item_num`: both are read. */
  readonly count: number;
}

export interface IntracityQueryOrderResult extends IntracityStatusFields {
  readonly wxOrderId: string;
  readonly storeOrderId: string;
  readonly wxStoreId: string;
  readonly appid: string;
  readonly userOpenid: string;
  readonly serviceTransId: IntracityCarrierId | string;
  readonly deliveryNo: string;
  /** Metres. */
  readonly distance: number;
  /** Fee actually charged, fen. */
  readonly actualFee: number;
  /** Penalty, fen. */
  readonly deductFee: number;
  readonly createTime: number | undefined;
  readonly acceptTime: number | undefined;
  readonly fetchTime: number | undefined;
  readonly finishTime: number | undefined;
  readonly cancelTime: number | undefined;
  readonly expectedFinishTime: number | undefined;
  readonly fetchCode: string | undefined;
  readonly recvCode: string | undefined;
  readonly orderSeq: string | undefined;
  readonly transporterInfo: {
    readonly transporterName: string;
    readonly transporterPhone: string;
  };
  readonly storeInfo: {
    readonly storeName: string;
    readonly wxStoreId: string;
    readonly address: string;
    readonly lng: number | undefined;
    readonly lat: number | undefined;
    readonly phoneNum: string;
  };
  readonly receiverInfo: {
    readonly receiverName: string;
    readonly address: string;
    readonly phoneNum: string;
    readonly lng: number | undefined;
    readonly lat: number | undefined;
  };
  readonly cargoInfo: {
    readonly cargoName: string;
    /** Grams. */
    readonly cargoWeight: number;
    /** Fen. */
    readonly cargoPrice: number;
    readonly cargoType: IntracityCargoType | number;
    readonly cargoNum: number;
    readonly itemList: IntracityOrderItem[];
  };
}

export interface IntracityCancelOrderResult extends IntracityStatusFields {
  readonly wxStoreId: string;
  readonly wxOrderId: string;
  readonly storeOrderId: string;
  readonly appid: string;
  /** Penalty charged because the order was under way, fen. */
  readonly deductFee: number;
}
