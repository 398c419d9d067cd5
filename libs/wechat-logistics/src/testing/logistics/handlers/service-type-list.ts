import { type CarrierServiceType } from '../state/carrier-registry';

/** `service_type: [{service_type, service_name}]` as getAllDelivery and getAllAccount send it. */
export function serviceTypeList(
  serviceTypes: readonly CarrierServiceType[],
): Record<string, unknown>[] {
  return serviceTypes.map(({ serviceType, serviceName }) => ({
    service_type: serviceType,
    service_name: serviceName,
  }));
}
