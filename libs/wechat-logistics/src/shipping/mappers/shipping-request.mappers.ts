import {
  type FamousBrandApplyDto,
  type UploadCombinedShippingInfoDto,
  type UploadShippingInfoDto,
} from '../dto';
import { toRfc3339 } from '../../core/wire/rfc3339-time';
import { toSnakeKeys } from '../../core/wire/key-case';

/**
 * The two places the wire is not the DTO's keys in snake_case: `upload_time`
 * is a string (a Date would serialise as `{}` through the key converter), and
 * famousBrandApply's `Application` has a capital A (§8 #11).
 */
export function toUploadWire(
  dto: UploadShippingInfoDto | UploadCombinedShippingInfoDto,
): unknown {
  return toSnakeKeys({ ...dto, uploadTime: toRfc3339(dto.uploadTime) });
}

export function toFamousBrandApplyWire(dto: FamousBrandApplyDto): unknown {
  return { Application: toSnakeKeys(dto.application) };
}
