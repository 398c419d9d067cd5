import { CoordinateType } from '../enums';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { DecimalIn } from './local-delivery.fields';

/** Coordinates: 6 decimals (about 0.1 m), in the system `coordinateType` names. */
const DEGREES = { unit: 'degrees', decimals: 6 } as const;

/**
 * `sender` / `receiver` (local-delivery.md §3.0). Limits are characters.
 * Whether a carrier needs `sender` depends on it (§3.0: SFTC always, SS for
 * pre_add; the others may use `shopNo` instead): the carrier's rule, so the
 * DTOs leave it optional; sending it always is the safe choice.
 */
export class LocalDeliveryPersonDto {
  @TextField({ description: 'Name', example: '张三', maxCharacters: 256 })
  name!: string;

  @TextField({ description: 'City', example: '广州市', maxCharacters: 256 })
  city!: string;

  @TextField({
    description: 'Street, estate or building (used to locate it)',
    example: '海珠区新港中路397号',
    maxCharacters: 256,
  })
  address!: string;

  @TextField({
    description: 'Building, unit, floor',
    example: 'TIT创意园 1 栋 2 楼',
    maxCharacters: 256,
  })
  addressDetail!: string;

  @TextField({
    description: 'Phone or mobile',
    example: '13712345678',
    maxCharacters: 64,
  })
  phone!: string;

  @DecimalIn({
    ...DEGREES,
    description: 'Longitude',
    example: 113.323753,
    min: -180,
    max: 180,
  })
  lng!: number;

  @DecimalIn({
    ...DEGREES,
    description: 'Latitude',
    example: 23.097535,
    min: -90,
    max: 90,
  })
  lat!: number;

  @EnumField(CoordinateType, 'CoordinateType', {
    description:
      'Coordinate system of lng/lat: 0 GCJ-02 (AMap, Tencent Maps; the default), 1 BD-09 (Baidu)',
    example: CoordinateType.Gcj02,
    presence: 'optional',
  })
  coordinateType?: CoordinateType;
}
