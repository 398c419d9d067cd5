import { type ServiceTypeItem, type WaybillDataItem } from '../results';
import {
  type WireObject,
  readNumber,
  readObjects,
  readString,
} from '../../core/wire/reply-fields';

/** `waybill_data` → `waybillData`. */
export function readWaybillData(source: WireObject): WaybillDataItem[] {
  return readObjects(source, 'waybill_data').map((item) => ({
    key: readString(item, 'key'),
    value: readString(item, 'value'),
  }));
}

/** `service_type` → `serviceType`. */
export function readServiceTypes(source: WireObject): ServiceTypeItem[] {
  return readObjects(source, 'service_type').map((item) => ({
    serviceType: readNumber(item, 'service_type'),
    serviceName: readString(item, 'service_name'),
  }));
}
