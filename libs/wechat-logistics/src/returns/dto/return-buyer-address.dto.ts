import { TextField } from '../../core/validation/fields/text-field.decorator';

const optional = 'optional' as const;

/**
 * `user_addr` (reference §3.6): the buyer's original delivery address, every
 * field optional, with the same UTF-8 byte limits as the merchant's
 * `biz_addr` (which is the logistics assistant's PersonDto: same ten fields,
 * same limits, same "tel or mobile" rule).
 */
export class ReturnBuyerAddressDto {
  @TextField({
    description: 'Name',
    example: '李四',
    maxBytes: 64,
    presence: optional,
  })
  name?: string;

  @TextField({
    description: 'Landline number',
    example: '020-88888888',
    maxBytes: 32,
    presence: optional,
  })
  tel?: string;

  @TextField({
    description: 'Mobile number',
    example: '13900139000',
    maxBytes: 32,
    presence: optional,
  })
  mobile?: string;

  @TextField({
    description: 'Company',
    example: '腾讯科技',
    maxBytes: 64,
    presence: optional,
  })
  company?: string;

  @TextField({
    description: 'Post code',
    example: '510000',
    maxBytes: 10,
    presence: optional,
  })
  postCode?: string;

  @TextField({
    description: 'Country',
    example: '中国',
    maxBytes: 64,
    presence: optional,
  })
  country?: string;

  @TextField({
    description: 'Province',
    example: '广东省',
    maxBytes: 64,
    presence: optional,
  })
  province?: string;

  @TextField({
    description: 'City',
    example: '广州市',
    maxBytes: 64,
    presence: optional,
  })
  city?: string;

  @TextField({
    description: 'District or county',
    example: '天河区',
    maxBytes: 64,
    presence: optional,
  })
  area?: string;

  @TextField({
    description: 'Street address',
    example: '体育西路1号',
    maxBytes: 512,
    presence: optional,
  })
  address?: string;
}
