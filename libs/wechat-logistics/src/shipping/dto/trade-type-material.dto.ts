import { TradeTypeMaterialType } from '../enums';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';

/** One `material_list` item of setWxaTradeType (reference §4.12). */
export class TradeTypeMaterialDto {
  @EnumField(TradeTypeMaterialType, 'TradeTypeMaterialType', {
    description: '1 = image, 2 = video',
    example: TradeTypeMaterialType.Image,
  })
  type!: TradeTypeMaterialType;

  @TextField({
    description: 'media_id from the temporary-media upload',
    example: 'MEDIA_ID_0001',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  mediaId!: string;
}
