import {
  SANDBOX_BIZ_ID,
  SANDBOX_DELIVERY_ID,
} from '../../../logistics/enums/sandbox.constants';
import { type EmulatedCarrier } from './carrier-registry';

const franchise = (
  deliveryId: string,
  deliveryName: string,
  serviceTypes: [number, string][],
): EmulatedCarrier => ({
  deliveryId,
  deliveryName,
  canUseCash: false,
  canGetQuota: true,
  cashBizId: '',
  serviceTypes: serviceTypes.map(([serviceType, serviceName]) => ({
    serviceType,
    serviceName,
  })),
});

const cash = (
  deliveryId: string,
  deliveryName: string,
  cashBizId: string,
  serviceTypes: [number, string][],
): EmulatedCarrier => ({
  ...franchise(deliveryId, deliveryName, serviceTypes),
  canUseCash: true,
  canGetQuota: false,
  cashBizId,
});

/**
 * Carriers the emulator knows at start: the 2019 official table (§3, the only
 * source with service types) plus the sandbox carrier. Names are the carriers'
 * usual Chinese names; service names the table left blank are "标准快递".
 */
export const SEED_CARRIERS: readonly EmulatedCarrier[] = [
  franchise('BEST', '百世快递', [[1, '标准快递']]),
  cash('DB', '德邦快递', 'DB_CASH', [
    [1, '大件快递3.60'],
    [2, '特准快件'],
  ]),
  {
    ...franchise('EMS', '中国邮政速递物流', [
      [6, '标准快递'],
      [9, '快递包裹'],
    ]),
    canGetQuota: false,
  },
  cash('OTP', '承诺达特快', 'OTP_CASH', [[1, '标准快递']]),
  cash('PJ', '品骏快递', 'PJ_CASH', [[1, '标准快递']]),
  cash('SF', '顺丰速运', 'SF_CASH', [
    [1, '顺丰即日'],
    [2, '顺丰次晨'],
    [3, '顺丰标快'],
    [4, '顺丰特惠'],
  ]),
  franchise('STO', '申通快递', [[1, '标准快递']]),
  franchise('YTO', '圆通速递', [
    [0, '普通快递'],
    [1, '圆准达'],
  ]),
  franchise('YUNDA', '韵达快递', [[0, '标准快件']]),
  franchise('ZTO', '中通快递', [[0, '标准快件']]),
  // The sandbox account needs no binding, which is exactly what a cash biz id means.
  cash(SANDBOX_DELIVERY_ID, '测试快递公司', SANDBOX_BIZ_ID, [
    [1, 'test_service_name'],
  ]),
];
