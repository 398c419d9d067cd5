import {
  WechatApiSecurityError,
  WechatTransportError,
  toErrorResponse,
} from 'nestjs-wechat-logistics';
import { type ErrorExample } from '../openapi/error-examples';

type MoreErrors = { status: number; key: string; example: ErrorExample }[];

/**
 * 同城配送's answers that are not WeChat errcodes, for ApiWechatCall's
 * `more`: a reply that failed API security's checks (502: never believed)
 * and, on the sealed calls, an app with no apiSecurity keys (500, before
 * anything is sent). Each body is made by the library's own
 * `toErrorResponse`, as the filter makes it.
 */
export function intracityErrors(
  api: `intracity.${string}`,
  sealed: boolean,
  advice?: string,
): MoreErrors {
  const errors: MoreErrors = [
    {
      status: 502,
      key: 'unverifiedResponse',
      example: {
        summary:
          "WeChat's reply failed API security's checks (signature, platform certificate, timestamp, decryption): it was not believed",
        value: toErrorResponse(
          new WechatTransportError(
            'unverified-response',
            api,
            'the reply failed API security verification (its signature does not verify with the platform certificate Wechatmp-Serial names)',
            200,
            { advice },
          ),
        ).body,
      },
    },
  ];
  if (!sealed) return errors;
  errors.push({
    status: 500,
    key: 'apiSecurityMissing',
    example: {
      summary:
        'This mini program has no API security keys (WECHAT_API_* or its WECHAT_EXTRA_APPS apiSecurity): nothing was sent',
      value: toErrorResponse(
        new WechatApiSecurityError(api, 'not-configured', undefined),
      ).body,
    },
  });
  return errors;
}
