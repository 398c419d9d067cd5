import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { combine } from '../../core/validation/fields/presence';
import { IsRfc3339Time } from '../../core/validation/is-rfc3339-time.decorator';
import { IsDefined } from 'class-validator';
import { WHEN_PRESENT } from '../../core/validation/required-if.decorator';

/** `upload_time` (reference §3.8), shared by both upload calls. */
export function UploadTimeField(): PropertyDecorator {
  return combine(
    ApiField({
      type: String,
      format: 'date-time',
      description:
        'When the shipment was uploaded: a Date or an RFC 3339 time (2023-11-15T10:00:00+08:00). Must be later than the previous upload of the same payment (WeChat answers 268485216 otherwise). A Date or a Z time is sent in Beijing time (+08:00); a time with an offset is sent as given',
      example: '2023-11-15T10:00:00+08:00',
    }),
    IsDefined({ message: '$property is required' }),
    // Only a given time is checked: a missing one says "required" alone.
    IsRfc3339Time(WHEN_PRESENT),
  );
}
