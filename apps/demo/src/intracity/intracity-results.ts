import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type IntracityAddOrderResult,
  type IntracityBalanceQueryResult,
  type IntracityCancelOrderResult,
  type IntracityCarrierBalance,
  type IntracityCreateStoreResult,
  type IntracityFlow,
  type IntracityGetCityResult,
  type IntracityGetPayModeResult,
  type IntracityLiveTopUp,
  type IntracityOrderItem,
  type IntracityOrderStatusInfo,
  type IntracityPreAddOrderResult,
  type IntracityQueryFlowResult,
  type IntracityQueryOrderResult,
  type IntracityQueryStoreResult,
  type IntracityServedCity,
  type IntracityStoreAddress,
  type IntracityStoreChargeResult,
  type IntracityStoreInfo,
  type IntracityStoreRefundResult,
} from 'nestjs-wechat-logistics';

// The library's 同城配送 results are interfaces; these classes are their
// OpenAPI schemas, checked against them by `implements`. Money is in FEN
// (integers), weight in grams, distance in metres, times in Unix seconds.

const STORE_ID = '4123456780000000012';
const ORDER_ID = '4000012345678901234';
const FEN = (description: string, example: number) => ({
  type: 'integer' as const,
  description: `${description} (fen: 1230 is ¥12.30)`,
  example,
});
const SECONDS = (description: string) => ({
  type: 'integer' as const,
  description: `${description} (Unix seconds)`,
  example: 1764140400,
});

export class IntracityCreateStoreResultSchema implements IntracityCreateStoreResult {
  @ApiProperty({ example: STORE_ID })
  wxStoreId!: string;

  @ApiProperty({ example: 'GZ-TIANHE-01' })
  outStoreId!: string;

  @ApiProperty({ example: 'wx0000000000emulator' })
  appid!: string;
}

class IntracityStoreAddressSchema implements IntracityStoreAddress {
  @ApiProperty({ example: '广东省' }) province!: string;
  @ApiProperty({ example: '广州市' }) city!: string;
  @ApiProperty({ example: '天河区' }) area!: string;
  @ApiProperty({ example: '天河路' }) street!: string;
  @ApiProperty({ example: '1号' }) house!: string;
  @ApiProperty({ example: 23.125 }) lat!: number;
  @ApiProperty({ example: 113.324 }) lng!: number;
  @ApiProperty({ example: '020-8080880' }) phone!: string;
}

class IntracityStoreInfoSchema implements IntracityStoreInfo {
  @ApiProperty({ example: STORE_ID }) wxStoreId!: string;
  @ApiProperty({ example: 'GZ-TIANHE-01' }) outStoreId!: string;
  @ApiProperty({ example: '440100' }) cityId!: string;
  @ApiProperty({ example: '天河店' }) storeName!: string;
  @ApiProperty({ description: '1 price first, 2 carrier first', example: 2 })
  orderPattern!: number;
  @ApiProperty({ example: 'DADA' }) serviceTransPrefer!: string;
  @ApiProperty({ type: IntracityStoreAddressSchema })
  addressInfo!: IntracityStoreAddressSchema;
}

export class IntracityQueryStoreResultSchema implements IntracityQueryStoreResult {
  @ApiProperty({ type: [IntracityStoreInfoSchema] })
  storeList!: IntracityStoreInfoSchema[];
}

export class IntracityStoreChargeResultSchema implements IntracityStoreChargeResult {
  @ApiProperty({
    description:
      'The 服务市场 page where the merchant pays the top-up; nothing moves until it is paid there',
    example: 'https://fuwu.weixin.qq.com/pay?payorder_id=1',
  })
  payUrl!: string;

  @ApiProperty({ example: 'wx0000000000emulator' }) appid!: string;
  @ApiProperty({ example: STORE_ID }) wxStoreId!: string;
}

export class IntracityStoreRefundResultSchema implements IntracityStoreRefundResult {
  @ApiProperty({ example: 'wx0000000000emulator' }) appid!: string;
  @ApiProperty({ example: STORE_ID }) wxStoreId!: string;
  @ApiProperty(FEN('What was refunded', 5000)) refundAmount!: number;
}

class IntracityFlowSchema implements IntracityFlow {
  @ApiProperty({ description: '1 top-up, 2 consumption, 3 refund', example: 1 })
  flowType!: number;
  @ApiProperty({ example: 'wx0000000000emulator' }) appid!: string;
  @ApiProperty({ example: STORE_ID }) wxStoreId!: string;
  @ApiProperty({ example: '1000001' }) payOrderId!: string;
  @ApiProperty({ example: 'DADA' }) serviceTransId!: string;
  @ApiProperty(FEN('Amount', 5000)) payAmount!: number;
  @ApiPropertyOptional(SECONDS('Paid at')) payTime!: number | undefined;
  @ApiProperty({ example: 'PAY_SUCCESS' }) payStatus!: string;
  @ApiPropertyOptional(SECONDS('Created at')) createTime!: number | undefined;
  @ApiPropertyOptional(SECONDS('Usable until'))
  consumeDeadline!: number | undefined;
  @ApiPropertyOptional(SECONDS('Refunded at')) refundTime!: number | undefined;
  @ApiPropertyOptional(FEN('Refunded', 0)) refundAmount!: number | undefined;
  @ApiPropertyOptional() openid!: string | undefined;
  @ApiPropertyOptional({ example: 70000 }) deliveryStatus!: number | undefined;
  @ApiPropertyOptional() refundStatus!: string | undefined;
  @ApiPropertyOptional(FEN('Deducted', 0)) deductAmount!: number | undefined;
  @ApiPropertyOptional() billId!: string | undefined;
  @ApiPropertyOptional(SECONDS('Delivered at'))
  deliveryFinishedTime!: number | undefined;
  @ApiPropertyOptional({ example: ORDER_ID }) wxOrderId!: string | undefined;
}

export class IntracityQueryFlowResultSchema implements IntracityQueryFlowResult {
  @ApiProperty({ type: [IntracityFlowSchema] })
  flowList!: IntracityFlowSchema[];
  @ApiProperty(FEN('Total paid', 5000)) totalPayAmt!: number;
  @ApiProperty(FEN('Total refunded', 0)) totalRefundAmt!: number;
  @ApiPropertyOptional(FEN('Total deducted', 0))
  totalDeductAmt!: number | undefined;
  @ApiPropertyOptional({ example: 1 }) total!: number | undefined;
}

class IntracityLiveTopUpSchema implements IntracityLiveTopUp {
  @ApiProperty({ example: '1000001' }) payOrderId!: string;
  @ApiProperty(FEN('Topped up', 5000)) chargeAmt!: number;
  @ApiProperty(FEN('Still unused', 5000)) unusedAmt!: number;
  @ApiPropertyOptional(SECONDS('From')) beginTime!: number | undefined;
  @ApiPropertyOptional(SECONDS('Until')) endTime!: number | undefined;
}

class IntracityCarrierBalanceSchema implements IntracityCarrierBalance {
  @ApiProperty(FEN('Balance', 5000)) balance!: number;
  @ApiProperty({ example: 'DADA' }) serviceTransId!: string;
  @ApiProperty({ example: '达达' }) serviceTransName!: string;
  @ApiProperty({ type: [IntracityLiveTopUpSchema] })
  orderList!: IntracityLiveTopUpSchema[];
}

export class IntracityBalanceQueryResultSchema implements IntracityBalanceQueryResult {
  @ApiProperty({ example: STORE_ID }) wxStoreId!: string;
  @ApiProperty({ example: 'wx0000000000emulator' }) appid!: string;
  @ApiProperty(FEN('Every carrier together', 5000)) allBalance!: number;
  @ApiProperty({ type: [IntracityCarrierBalanceSchema] })
  balanceDetail!: IntracityCarrierBalanceSchema[];
}

export class IntracityGetPayModeResultSchema implements IntracityGetPayModeResult {
  @ApiProperty({
    description: 'PAY_MODE_STORE, PAY_MODE_APP or PAY_MODE_COMPONENT',
    example: 'PAY_MODE_STORE',
  })
  payMode!: string;
  @ApiPropertyOptional() payAppid!: string | undefined;
  @ApiPropertyOptional() payComponentAppid!: string | undefined;
}

class IntracityServedCitySchema implements IntracityServedCity {
  @ApiProperty({ example: 440100 }) cityCode!: number;
  @ApiProperty({ example: '广州市' }) cityName!: string;
}

class IntracityCarrierCitiesSchema {
  @ApiProperty({ example: 'DADA' }) serviceTransId!: string;
  @ApiProperty({ type: [IntracityServedCitySchema] })
  cityList!: IntracityServedCitySchema[];
}

export class IntracityGetCityResultSchema implements IntracityGetCityResult {
  @ApiProperty({ type: [IntracityCarrierCitiesSchema] })
  supportList!: IntracityCarrierCitiesSchema[];
}

export class IntracityPreAddOrderResultSchema implements IntracityPreAddOrderResult {
  @ApiProperty({ example: 'DADA' }) serviceTransId!: string;
  @ApiProperty({ description: 'Metres', example: 2120 }) distance!: number;
  @ApiProperty(FEN('Estimated fee', 1150)) estFee!: number;
  @ApiPropertyOptional(SECONDS('Expected delivery'))
  expectedFinishedTime!: number | undefined;
  @ApiPropertyOptional({ description: 'Minutes promised', example: 45 })
  promiseDeliveryTime!: number | undefined;
}

export class IntracityAddOrderResultSchema implements IntracityAddOrderResult {
  @ApiProperty({ example: STORE_ID }) wxStoreId!: string;
  @ApiProperty({ example: ORDER_ID }) wxOrderId!: string;
  @ApiProperty({ example: 'ORD-20261126-0001' }) storeOrderId!: string;
  @ApiProperty({ example: 'DADA' }) serviceTransId!: string;
  @ApiProperty({ description: 'Metres', example: 2120 }) distance!: number;
  @ApiProperty({ example: 'JS123456789012' }) transOrderId!: string;
  @ApiPropertyOptional() waybillId!: string | undefined;
  @ApiProperty(FEN('Fee', 1150)) fee!: number;
  @ApiPropertyOptional({ example: '1234' }) fetchCode!: string | undefined;
  @ApiPropertyOptional({ example: 'A12' }) orderSeq!: string | undefined;
}

export class IntracityStatusInfoSchema implements IntracityOrderStatusInfo {
  @ApiProperty({ example: '配送中' }) zh!: string;
  @ApiProperty({ example: 'delivering' }) en!: string;
  @ApiPropertyOptional({
    enum: ['success', 'fail'],
    description: 'Set for a final state',
  })
  final!: 'success' | 'fail' | undefined;
}

class IntracityTransporterSchema {
  @ApiProperty({ example: '李师傅' }) transporterName!: string;
  @ApiProperty({ example: '13800000000' }) transporterPhone!: string;
}

class IntracityOrderStoreSchema {
  @ApiProperty({ example: '天河店' }) storeName!: string;
  @ApiProperty({ example: STORE_ID }) wxStoreId!: string;
  @ApiProperty({ example: '广东省广州市天河区天河路1号' }) address!: string;
  @ApiPropertyOptional({ example: 113.324 }) lng!: number | undefined;
  @ApiPropertyOptional({ example: 23.125 }) lat!: number | undefined;
  @ApiProperty({ example: '020-8080880' }) phoneNum!: string;
}

class IntracityOrderReceiverSchema {
  @ApiProperty({ example: '张三' }) receiverName!: string;
  @ApiProperty({ example: '广州市天河区体育西路2号' }) address!: string;
  @ApiProperty({ example: '13800138000' }) phoneNum!: string;
  @ApiPropertyOptional({ example: 113.324 }) lng!: number | undefined;
  @ApiPropertyOptional({ example: 23.145 }) lat!: number | undefined;
}

class IntracityOrderItemSchema implements IntracityOrderItem {
  @ApiProperty({ example: '蛋糕' }) itemName!: string;
  @ApiProperty({ example: 'https://img.example.com/c.png' })
  itemPicUrl!: string;
  @ApiProperty({ example: 1 }) count!: number;
}

class IntracityOrderCargoSchema {
  @ApiProperty({ example: '蛋糕' }) cargoName!: string;
  @ApiProperty({ description: 'Grams', example: 1500 }) cargoWeight!: number;
  @ApiProperty(FEN('Value', 19900)) cargoPrice!: number;
  @ApiProperty({ example: 13 }) cargoType!: number;
  @ApiProperty({ example: 1 }) cargoNum!: number;
  @ApiProperty({ type: [IntracityOrderItemSchema] })
  itemList!: IntracityOrderItemSchema[];
}

export class IntracityQueryOrderResultSchema implements IntracityQueryOrderResult {
  @ApiProperty({
    description:
      '10000 created, 20000/20001 cancelled, 30000 accepted, 40000 at the store, 50000 delivering, 60000 withdrew, 70000 delivered, 90000 exception',
    example: 50000,
  })
  orderStatus!: number;
  @ApiPropertyOptional({ type: IntracityStatusInfoSchema })
  statusInfo!: IntracityStatusInfoSchema | undefined;
  @ApiProperty({ example: ORDER_ID }) wxOrderId!: string;
  @ApiProperty({ example: 'ORD-20261126-0001' }) storeOrderId!: string;
  @ApiProperty({ example: STORE_ID }) wxStoreId!: string;
  @ApiProperty({ example: 'wx0000000000emulator' }) appid!: string;
  @ApiProperty({ example: 'oUser0001' }) userOpenid!: string;
  @ApiProperty({ example: 'DADA' }) serviceTransId!: string;
  @ApiProperty({ example: 'JS123456789012' }) deliveryNo!: string;
  @ApiProperty({ description: 'Metres', example: 2120 }) distance!: number;
  @ApiProperty(FEN('Fee charged', 1150)) actualFee!: number;
  @ApiProperty(FEN('Cancellation penalty', 0)) deductFee!: number;
  @ApiPropertyOptional(SECONDS('Created')) createTime!: number | undefined;
  @ApiPropertyOptional(SECONDS('Accepted')) acceptTime!: number | undefined;
  @ApiPropertyOptional(SECONDS('Picked up')) fetchTime!: number | undefined;
  @ApiPropertyOptional(SECONDS('Delivered')) finishTime!: number | undefined;
  @ApiPropertyOptional(SECONDS('Cancelled')) cancelTime!: number | undefined;
  @ApiPropertyOptional(SECONDS('Expected delivery'))
  expectedFinishTime!: number | undefined;
  @ApiPropertyOptional({ example: '1234' }) fetchCode!: string | undefined;
  @ApiPropertyOptional({ example: '123456' }) recvCode!: string | undefined;
  @ApiPropertyOptional({ example: 'A12' }) orderSeq!: string | undefined;
  @ApiProperty({ type: IntracityTransporterSchema })
  transporterInfo!: IntracityTransporterSchema;
  @ApiProperty({ type: IntracityOrderStoreSchema })
  storeInfo!: IntracityOrderStoreSchema;
  @ApiProperty({ type: IntracityOrderReceiverSchema })
  receiverInfo!: IntracityOrderReceiverSchema;
  @ApiProperty({ type: IntracityOrderCargoSchema })
  cargoInfo!: IntracityOrderCargoSchema;
}

export class IntracityCancelOrderResultSchema implements IntracityCancelOrderResult {
  @ApiProperty({ example: 20000 }) orderStatus!: number;
  @ApiPropertyOptional({ type: IntracityStatusInfoSchema })
  statusInfo!: IntracityStatusInfoSchema | undefined;
  @ApiProperty({ example: STORE_ID }) wxStoreId!: string;
  @ApiProperty({ example: ORDER_ID }) wxOrderId!: string;
  @ApiProperty({ example: 'ORD-20261126-0001' }) storeOrderId!: string;
  @ApiProperty({ example: 'wx0000000000emulator' }) appid!: string;
  @ApiProperty(FEN('Penalty', 0)) deductFee!: number;
}
