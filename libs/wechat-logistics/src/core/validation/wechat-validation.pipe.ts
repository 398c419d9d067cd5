import {
  type ArgumentMetadata,
  Injectable,
  ValidationPipe,
} from '@nestjs/common';
import { type ValidationError, type ValidatorOptions } from 'class-validator';
import {
  expectedBodyShape,
  isJsonObject,
  isJsonReadAsForm,
} from './body-shape';
import { unsupportedMediaType } from './unsupported-media-type';
import {
  describeValidationErrors,
  rememberOwners,
} from './validation-messages';
import { MAX_INPUT_DEPTH, nestedDeeperThan } from './validate-input';

/**
 * Nest's `ValidationPipe`, same options, with the library's messages (unknown
 * fields said as what to send instead, never quoting a body back). Input goes
 * through `ValidationPipe` unchanged, except input nested deeper than
 * {@link MAX_INPUT_DEPTH} levels: a 100 kB JSON body can nest ~20 000 levels, class-transformer recurses once per level and would
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
    if (metadata.type === 'body' && metadata.data === undefined)
      await this.refuseUnreadableBody(value, metatype, metadata.type);
    return super.transform(value, metadata);
  }

  /**
   * A body no DTO can be read from, refused before ValidationPipe words it
   * as field errors that quote what was sent: a JSON body a form parser took
   * apart (its text is one key, passwords included) is the 415 its missing
   * `Content-Type: application/json` deserves; `null`, `[1,2]`, `"text"` or
   * `5` is a 400 saying what shape to send, through the `exceptionFactory`.
   * An absent body (`undefined`) stays ValidationPipe's: it names each
   * required field.
   */
  private async refuseUnreadableBody(
    value: unknown,
    metatype: NonNullable<ArgumentMetadata['metatype']>,
    type: ArgumentMetadata['type'],
  ): Promise<void> {
    if (value === undefined) return;
    if (!isJsonObject(value)) {
      throw await this.exceptionFactory([
        {
          property: type,
          constraints: { isObject: expectedBodyShape(type, metatype) },
          children: [],
        },
      ]);
    }
    if (isJsonReadAsForm(value))
      throw unsupportedMediaType('application/x-www-form-urlencoded');
  }

  /** Asks for each error's target, to name the fields its class accepts; drops it again as ValidationPipe would. */
  protected override async validate(
    object: object,
    validatorOptions?: ValidatorOptions,
  ): Promise<ValidationError[]> {
    const errors = await super.validate(object, {
      ...validatorOptions,
      validationError: { ...validatorOptions?.validationError, target: true },
    });
    rememberOwners(errors, validatorOptions?.validationError?.target !== false);
    return errors;
  }

  /** The 400's messages: ValidationPipe's, with unknown fields said as what to send instead. */
  protected override flattenValidationErrors(
    validationErrors: ValidationError[],
  ): string[] {
    return describeValidationErrors(validationErrors);
  }
}
