import { ApiField } from '../../core/validation/fields/api-field.decorator';

/** A carrier service, as getAllDelivery and getAllAccount list it; give both to addOrder's `service`. */
export class ServiceTypeItem {
  @ApiField({ type: 'integer', example: 1 })
  serviceType!: number;

  @ApiField({ example: '标准快递' })
  serviceName!: string;
}
