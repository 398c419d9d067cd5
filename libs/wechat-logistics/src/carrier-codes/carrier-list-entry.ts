/**
 * One carrier of a WeChat carrier list: the logistics assistant's
 * `delivery/getall` (`YUNDA` 韵达快递) or 物流服务's `get_delivery_list`
 * (`YD` 韵达速递), whose ids are also what 发货信息管理's `express_company` takes.
 */
export interface CarrierListEntry {
  readonly deliveryId: string;
  readonly deliveryName: string;
}

/**
 * Reads 物流服务's carrier list (`get_delivery_list`) with the credentials of
 * `appId` (`undefined`: the module's default app). The list is the same for
 * every mini program: the module asks once and shares it.
 */
export type TrackingCarrierListLoader = (
  appId: string | undefined,
) => Promise<readonly CarrierListEntry[]>;
