import { ArrayMinSize, IsArray, IsNotEmpty, IsString } from 'class-validator';
import { FamousBrandType } from '../enums';
import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { combine, presenceParts } from '../../core/validation/fields/presence';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';
import { MaxBytes } from '../../core/validation/max-bytes.decorator';
import { RequiredIf } from '../../core/validation/required-if.decorator';

/** No figure in the reference for the brand name (inference, generous). */
const BRAND_NAME_MAX_BYTES = 256;

/** A list of media_ids from the temporary-media upload, each an identifier. */
function MediaIdListField(
  description: string,
  presence: 'optional' | 'conditional',
): PropertyDecorator {
  const parts = presenceParts(presence);
  return combine(
    ApiField({
      type: [String],
      description: `${description}: media_ids from the temporary-media upload`,
      required: false,
    }),
    ...parts.leading,
    IsArray(parts.options),
    ArrayMinSize(1, parts.options),
    IsString({ ...parts.options, each: true }),
    IsNotEmpty({ ...parts.options, each: true }),
    MaxBytes(IDENTIFIER_MAX_BYTES, { ...parts.options, each: true }),
  );
}

const brandType = (type: FamousBrandType) => (info: FamousBrandAuditInfoDto) =>
  info.brandType === type;

/** `Application.audit_info` of famousBrandApply (reference §4.10): the brand's details. */
export class FamousBrandAuditInfoDto {
  @TextField({
    description: 'Brand name',
    example: '微信',
    maxBytes: BRAND_NAME_MAX_BYTES,
  })
  brandName!: string;

  @EnumField(FamousBrandType, 'FamousBrandType', {
    description:
      '1 工信部消费品名单 … 4 电商平台旗舰店 … 7 驰名/著名商标, 8 工信部消费名品成长企业名单',
    example: FamousBrandType.EcPlatformFlagship,
  })
  brandType!: FamousBrandType;

  @TextField({
    description:
      'The e-commerce platform of the flagship store, e.g. 淘宝; required when brandType is 4',
    example: '淘宝',
    maxBytes: BRAND_NAME_MAX_BYTES,
    presence: 'conditional',
  })
  @RequiredIf(
    brandType(FamousBrandType.EcPlatformFlagship),
    'when brandType is 4',
  )
  flagshipInWhichEcPlatform?: string;

  @MediaIdListField(
    'Proof of the flagship store; required when brandType is 4',
    'conditional',
  )
  @RequiredIf(
    brandType(FamousBrandType.EcPlatformFlagship),
    'when brandType is 4',
  )
  ecPlatformProofList?: string[];

  @MediaIdListField(
    "An authority's certification of the trademark; required when brandType is 7",
    'conditional',
  )
  @RequiredIf(
    brandType(FamousBrandType.CertifiedTrademark),
    'when brandType is 7',
  )
  authorityCertifiedProofList?: string[];

  @MediaIdListField('Other material', 'optional')
  otherMaterialList?: string[];
}
