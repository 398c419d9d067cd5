// Shared by the DTO specs. Named `-spec.ts` on purpose: the library build
// excludes "**/*spec.ts", while Jest only runs "*.spec.ts" files.
import { type ClassConstructor } from 'class-transformer';
import { WechatValidationError } from '../../core/errors';
import { validateInput } from '../../core/validation/validate-input';

/** The validation messages for `input`, or `[]` when it is valid. */
export function messagesFor(
  type: ClassConstructor<object>,
  input: unknown,
): string[] {
  try {
    validateInput('logistics.test', type, input);
    return [];
  } catch (error) {
    if (error instanceof WechatValidationError) return [...error.messages];
    throw error;
  }
}

/** `count` Chinese characters: 3 UTF-8 bytes each. */
export const chinese = (count: number): string => '中'.repeat(count);

export function validPerson(): Record<string, unknown> {
  return {
    name: '张三',
    mobile: '13800138000',
    province: '广东省',
    city: '广州市',
    area: '海珠区',
    address: 'TIT创意园1栋',
  };
}

export function validAddOrder(): Record<string, unknown> {
  return {
    addSource: 0,
    orderId: 'ORDER-1',
    openid: 'oUser1',
    deliveryId: 'TEST',
    bizId: 'test_biz_id',
    sender: validPerson(),
    receiver: { ...validPerson(), name: '李四' },
    cargo: {
      count: 1,
      weight: 1.2,
      spaceX: 30.5,
      spaceY: 20,
      spaceZ: 15,
      detailList: [{ name: '咖啡豆', count: 2 }],
    },
    shop: {
      wxaPath: '/pages/order',
      imgUrl: 'https://example.com/a.png',
      goodsName: '咖啡豆',
      goodsCount: 2,
    },
    insured: { useInsured: 0, insuredValue: 0 },
    service: { serviceType: 1, serviceName: 'test_service_name' },
  };
}
