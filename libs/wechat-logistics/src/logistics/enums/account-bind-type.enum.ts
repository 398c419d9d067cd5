/** bindAccount `type`. */
export enum AccountBindType {
  Bind = 'bind',
  Unbind = 'unbind',
}
