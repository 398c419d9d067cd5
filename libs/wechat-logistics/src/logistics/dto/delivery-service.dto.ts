import { IntegerField } from '../../core/validation/fields/number-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';

/** The carrier's service (reference §2.5), from getAllDelivery or getAllAccount `serviceType`. */
export class DeliveryServiceDto {
  @IntegerField({
    description: 'Service type id; an unknown one is WeChat errcode 9300510',
    example: 1,
  })
  serviceType!: number;

  @TextField({ description: 'Service name', example: 'test_service_name' })
  serviceName!: string;
}
