import {
  type ValidationOptions,
  ValidateBy,
  buildMessage,
} from 'class-validator';

/**
 * The family's own value rules (reference §3.1, §4.1). Each is a pure
 * predicate plus a decorator saying what to send instead; none quotes the
 * value back. Optional fields pass `WHEN_PRESENT` so a missing one reports
 * nothing here.
 */

/**
 * `goods_img_url`: WeChat answers 9300561 (图片url错误) for image URLs with
 * non-ASCII characters and for some hosts (§3.1, four community threads), so
 * an `http://` or `https://` URL of printable ASCII is required before
 * anything is sent (percent-encode the rest). The official examples'
 * scheme-less `www.qq.com` is refused on purpose: the page the buyer sees
 * needs a URL it can load.
 */
export function isAsciiHttpUrl(value: string): boolean {
  return /^https?:\/\/[\x21-\x7e]+$/i.test(value);
}

/**
 * A phone number as a carrier looks it up (§4.1: some carriers need the
 * receiver's phone to find the waybill): digits with the usual separators
 * (`+`, space, `-`, parentheses), 5 to 20 digits, starting with `+`, `(` or a
 * digit and ending with a digit — `13800138000`, `+86 138 0013 8000`,
 * `020-88888888`, `(020) 8888-8888`. A masked number (`138****8000`) is
 * refused: the carrier cannot match it.
 */
export function isContactPhone(value: string): boolean {
  if (!/^[+(]?[0-9][0-9 ()-]*[0-9]$/.test(value)) return false;
  const digits = value.replace(/[^0-9]/g, '').length;
  return digits >= 5 && digits <= 20;
}

/**
 * A mini-program page path with its query (`pages/order/detail?id=1`, a
 * leading `/` allowed): no scheme (`https:`, `weixin:`), no `//` host, no
 * spaces or control characters. WeChat opens it inside the mini program from
 * the goods card; a web URL cannot be opened there.
 */
export function isMiniProgramPagePath(value: string): boolean {
  return (
    !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) &&
    !value.startsWith('//') &&
    // eslint-disable-next-line no-control-regex
    !/[\s\x00-\x1f\x7f]/.test(value)
  );
}

function rule(
  name: string,
  test: (value: string) => boolean,
  advice: string,
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || test(value),
        defaultMessage: buildMessage(
          (eachPrefix) => `${eachPrefix}$property ${advice}`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}

export const IsAsciiHttpUrl = (options?: ValidationOptions) =>
  rule(
    'isAsciiHttpUrl',
    isAsciiHttpUrl,
    'must be an http:// or https:// URL of printable ASCII characters (percent-encode anything else): WeChat answers 9300561 for other image URLs',
    options,
  );

export const IsContactPhone = (options?: ValidationOptions) =>
  rule(
    'isContactPhone',
    isContactPhone,
    'must be a phone number of 5 to 20 digits, with + ( ) - or spaces at most, e.g. 13800138000 or 020-88888888 (not masked: the carrier matches it)',
    options,
  );

export const IsMiniProgramPagePath = (options?: ValidationOptions) =>
  rule(
    'isMiniProgramPagePath',
    isMiniProgramPagePath,
    'must be a mini-program page path such as pages/order/detail?id=1: no scheme (https:, weixin:), no spaces',
    options,
  );
