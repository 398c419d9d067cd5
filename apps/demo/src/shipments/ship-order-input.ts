import {
  OrderNumberType,
  type ShipOrderDto,
  type ShipOrderInput,
} from 'nestjs-wechat-logistics';

/**
 * The validated body (`ShipOrderDto`: the payment as an upload's order key,
 * its `orderNumberType` filled in from the form given) as `ship` takes it:
 * the payment as `{ transactionId }` or `{ mchid, outTradeNo }`. The library
 * checks it all again before anything is sent.
 */
export function shipOrderInput(body: ShipOrderDto): ShipOrderInput {
  const { payment, ...rest } = body;
  return {
    ...rest,
    payment:
      payment.orderNumberType === OrderNumberType.TransactionId
        ? { transactionId: payment.transactionId ?? '' }
        : { mchid: payment.mchid ?? '', outTradeNo: payment.outTradeNo ?? '' },
  };
}
