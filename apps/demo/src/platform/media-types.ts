/** The bodies the demo reads: JSON everywhere, and XML for WeChat's pushes. */
export const JSON_TYPES = ['application/json'];
export const XML_TYPES = ['text/xml', 'application/xml'];

/** The 415 for a body of any other type: the library's, which its WechatValidationPipe words alike. */
export { unsupportedMediaType } from 'nestjs-wechat-logistics';

/** Whether `contentType` is one the demo parses. */
export function isAcceptedBodyType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return JSON_TYPES.includes(type) || XML_TYPES.includes(type);
}
