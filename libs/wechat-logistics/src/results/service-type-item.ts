/** A carrier service, as getAllDelivery and getAllAccount list it; give both to addOrder's `service`. */
export interface ServiceTypeItem {
  serviceType: number;
  serviceName: string;
}
