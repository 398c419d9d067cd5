/** One item of `waybillData`: carrier data for the label, e.g. `{ key: 'SF_bagAddr', value: '广州' }`. */
export interface WaybillDataItem {
  key: string;
  value: string;
}
