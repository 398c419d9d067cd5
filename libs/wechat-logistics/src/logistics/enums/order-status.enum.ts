/** getOrder / batchGetOrder `order_status`. Results say `OrderStatus | number`: an unknown value is passed on. */
export enum OrderStatus {
  Normal = 0,
  Cancelled = 1,
}
