import { TextField } from '../../core/validation/fields/text-field.decorator';
import { DegreesField, PhoneField } from './intracity.fields';

/**
 * `address_info` (intracity.md §3.4): the store's address, which is where the
 * courier picks up, so it must be right. Every field but `street` is
 * required. Text limits are not documented: 256 characters each, generous.
 */
export class IntracityAddressDto {
  @TextField({
    description: 'Province, autonomous region or municipality (广东省, 上海市)',
    example: '广东省',
    maxCharacters: 256,
  })
  province!: string;

  @TextField({
    description: 'Prefecture-level city (xxx市)',
    example: '广州市',
    maxCharacters: 256,
  })
  city!: string;

  @TextField({
    description: 'District or county',
    example: '海珠区',
    maxCharacters: 256,
  })
  area!: string;

  @TextField({
    description: 'Street or town',
    example: '新港中路',
    maxCharacters: 256,
    presence: 'optional',
  })
  street?: string;

  @TextField({
    description: 'House number or detailed address',
    example: '397号 TIT创意园 1 栋',
    maxCharacters: 256,
  })
  house!: string;

  @DegreesField('Latitude', 90, 23.097535)
  lat!: number;

  @DegreesField('Longitude', 180, 113.323753)
  lng!: number;

  @PhoneField(
    "The store's phone: an 11-digit mobile or a landline with its area code (020-8080880)",
  )
  phone!: string;
}
