import {
  DeliveryMode,
  LogisticsType,
  OrderNumberType,
  type UploadShippingInfoDto,
} from 'nestjs-wechat-logistics';

/**
 * shipping-info.md §4.1's example upload, in camelCase: an SF package, so its
 * masked contact is checked too. The contract tests, the demo's route tests
 * and the bench all send this one.
 */
export const REFERENCE_UPLOAD_INPUT: Readonly<UploadShippingInfoDto> = {
  orderKey: {
    orderNumberType: OrderNumberType.TransactionId,
    transactionId: '4200000000202311150000000001',
  },
  logisticsType: LogisticsType.Express,
  deliveryMode: DeliveryMode.Unified,
  shippingList: [
    {
      trackingNo: 'SF1234567890123',
      expressCompany: 'SF',
      itemDesc: '保温杯*1',
      contact: { receiverContact: '138****5678' },
    },
  ],
  uploadTime: '2023-11-15T10:00:00+08:00',
  payer: { openid: 'oTestPayer0001' },
};
