/** updatePrinter `update_type`. */
export enum PrinterUpdateType {
  Bind = 'bind',
  Unbind = 'unbind',
}
