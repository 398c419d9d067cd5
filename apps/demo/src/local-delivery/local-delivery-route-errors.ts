import {
  WechatApiError,
  WechatShopSecretError,
  toErrorResponse,
} from 'nestjs-wechat-logistics';
import { type ErrorExample } from '../openapi/error-examples';

type MoreErrors = { status: number; key: string; example: ErrorExample }[];

/**
 * 即时配送's answers that are not WeChat errcodes, for ApiWechatCall's `more`:
 * the carrier's refusal (`resultcode` ≠ 0 with no errcode: 502, the carrier
 * fields set) on every call, and on the signed ones a shop with no secret
 * configured (500, before anything is sent). Each body is
 * made by the library's own `toErrorResponse`, as the filter makes it.
 */
export function localDeliveryErrors(
  api: `localDelivery.${string}`,
  signed: boolean,
): MoreErrors {
  const errors: MoreErrors = [
    {
      status: 502,
      key: 'carrierResultcode',
      example: carrierExample(api, 2062, '订单价格信息已过期,请重新查询后发单'),
    },
  ];
  if (!signed) return errors;
  errors.push({
    status: 500,
    key: 'shopSecretMissing',
    example: {
      summary:
        'No delivery_sign secret is configured for the shop (LOCAL_DELIVERY_SHOP_SECRETS): nothing was sent',
      value: toErrorResponse(
        new WechatShopSecretError('1534713176', api, 'missing', undefined),
      ).body,
    },
  });
  return errors;
}

function carrierExample(
  api: string,
  resultcode: number,
  resultmsg: string,
): ErrorExample {
  const { body } = toErrorResponse(
    new WechatApiError({
      api,
      errcode: 0,
      errmsg: `carrier resultcode ${resultcode}: ${resultmsg}`,
      deliveryResultcode: resultcode,
      deliveryResultmsg: resultmsg,
    }),
  );
  return {
    summary: `The carrier refused the call (resultcode ${resultcode}: its own code and message; a refused delivery_sign, e.g. 签名校验失败, adds advice naming the shop whose secret to check)`,
    value: body,
  };
}
