import {
  type ArgumentMetadata,
  Injectable,
  ValidationPipe,
} from '@nestjs/common';
import { quickValidator } from './quick-validator';

/**
 * Nest's `ValidationPipe`, same options, same answers, with the library's
 * per-class validation plan in front: a valid body of a flat DTO (cancelOrder,
 * getPath, getOrder, …) is checked without `plainToInstance` and the generic
 * `validate`, which looks the class's rules up again on every request.
 * Anything else — invalid input (so the 400 and its messages are
 * ValidationPipe's own), nested DTOs, `transform: false`, custom
 * `transformOptions` — goes through `ValidationPipe` unchanged.
 *
 * Use it in place of `ValidationPipe` on routes taking the library's DTOs:
 * ```ts
 * app.useGlobalPipes(new WechatValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
 * ```
 */
@Injectable()
export class WechatValidationPipe extends ValidationPipe {
  override async transform(
    value: unknown,
    metadata: ArgumentMetadata,
  ): Promise<unknown> {
    const quick = this.quickPathFor(value, metadata);
    const valid = quick?.(value as object);
    return valid !== undefined ? valid : super.transform(value, metadata);
  }

  /**
   * Only where ValidationPipe would return the instance `plainToInstance` makes
   * by default; the quick path is never more permissive than any options
   * (it applies every rule of the class, whitelist included).
   */
  private quickPathFor(value: unknown, metadata: ArgumentMetadata) {
    const metatype = this.expectedType ?? metadata.metatype;
    if (
      !this.isTransformEnabled ||
      this.transformOptions !== undefined ||
      value === null ||
      typeof value !== 'object' ||
      metatype === undefined ||
      !this.toValidate({ ...metadata, metatype })
    )
      return undefined;
    return quickValidator(metatype as new () => object);
  }
}
