import { isPresent, RequiredIf } from '../../core/validation/required-if.decorator';
import { TextField } from '../../core/validation/fields/text-field.decorator';

/**
 * A sender or receiver (reference §2.1). Limits are UTF-8 bytes.
 *
 * Required flags follow the 2019 docs and every SDK model (name, province, city,
 * area, address; tel or mobile): WeChat's current generated table marks every
 * sub-field optional, which the carriers cannot work with (reference §12.6).
 */
export class PersonDto {
  @TextField({ description: 'Name', example: '张三', maxBytes: 64 })
  name!: string;

  @TextField({
    description: 'Landline number; give tel, mobile or both',
    example: '020-88888888',
    maxBytes: 32,
    presence: 'optional',
  })
  tel?: string;

  @TextField({
    description: 'Mobile number; required unless tel is given',
    example: '13800138000',
    maxBytes: 32,
    presence: 'conditional',
  })
  @RequiredIf<PersonDto>(
    (person) => !isPresent(person.tel),
    'unless tel is given',
  )
  mobile?: string;

  @TextField({
    description: 'Company',
    example: '腾讯科技',
    maxBytes: 64,
    presence: 'optional',
  })
  company?: string;

  @TextField({
    description: 'Post code',
    example: '510000',
    maxBytes: 10,
    presence: 'optional',
  })
  postCode?: string;

  @TextField({
    description: 'Country; the carrier assumes 中国 when absent',
    example: '中国',
    maxBytes: 64,
    presence: 'optional',
  })
  country?: string;

  @TextField({ description: 'Province', example: '广东省', maxBytes: 64 })
  province!: string;

  @TextField({ description: 'City', example: '广州市', maxBytes: 64 })
  city!: string;

  @TextField({
    description: 'District or county',
    example: '海珠区',
    maxBytes: 64,
  })
  area!: string;

  @TextField({
    description: 'Street address',
    example: 'TIT创意园1栋',
    maxBytes: 512,
  })
  address!: string;
}
