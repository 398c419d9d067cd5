import {
  type ArgumentMetadata,
  Injectable,
  ValidationPipe,
} from '@nestjs/common';
import { quickValidator } from './quick-validator';
import { MAX_INPUT_DEPTH, nestedDeeperThan } from './validate-input';

/**
 * Nest's `ValidationPipe`, same options, same answers, with the library's
 * per-class validation plan in front: a valid body of a flat DTO (cancelOrder,
 * getPath, getOrder, …) is checked without `plainToInstance` and the generic
 * `validate`, which looks the class's rules up again on every request.
 * Anything else — invalid input (so the 400 and its messages are
 * ValidationPipe's own), nested DTOs, `transform: false`, custom
 * `transformOptions` — goes through `ValidationPipe` unchanged, except input
 * nested deeper than {@link MAX_INPUT_DEPTH} levels: a 100 kB JSON body can
 * nest ~20 000 levels, class-transformer recurses once per level and would
 * overflow the stack (a 500), so such input is refused first, through the
 * pipe's `exceptionFactory` (by default a 400 naming the limit).
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
    const metatype = this.expectedType ?? metadata.metatype;
    if (metatype === undefined || !this.toValidate({ ...metadata, metatype }))
      return super.transform(value, metadata);
    // Only flat input passes the quick path, so only the rest needs its depth measured.
    const valid = this.quickPathAllowed(value)
      ? quickValidator(metatype as new () => object)?.(value)
      : undefined;
    if (valid !== undefined) return valid;
    if (nestedDeeperThan(value, MAX_INPUT_DEPTH)) {
      throw await this.exceptionFactory([
        {
          property: metadata.data ?? metadata.type,
          constraints: {
            maxDepth: `${metadata.type} must not be nested more than ${MAX_INPUT_DEPTH} levels deep`,
          },
          children: [],
        },
      ]);
    }
    return super.transform(value, metadata);
  }

  /**
   * Only where ValidationPipe would return the instance `plainToInstance` makes
   * by default; the quick path is never more permissive than any options
   * (it applies every rule of the class, whitelist included).
   */
  private quickPathAllowed(value: unknown): value is object {
    return (
      this.isTransformEnabled &&
      this.transformOptions === undefined &&
      value !== null &&
      typeof value === 'object'
    );
  }
}
