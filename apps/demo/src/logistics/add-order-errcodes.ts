/** What addOrder can answer (wechat-logistics-api.md §6): documented on `POST /logistics/orders` and on a shipment's waybill step. */
export const ADD_ORDER_ERRCODES: readonly number[] = [
  930561, 9300526, 9300535, 9300510, 9300503, 9300525, 9300531, 930562, 9300509,
  9300501, 9300502,
];
