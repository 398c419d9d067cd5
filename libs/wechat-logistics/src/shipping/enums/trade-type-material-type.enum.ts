/** setWxaTradeType `material_list[].type` (reference §4.12). */
export enum TradeTypeMaterialType {
  Image = 1,
  Video = 2,
}
