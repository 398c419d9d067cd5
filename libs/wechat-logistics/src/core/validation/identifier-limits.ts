/**
 * Byte bound of an identifier WeChat's reference gives no limit for
 * (waybillId, deliveryId, bizId, openid, an AppID): generous — real ones are
 * 2 to 40 ASCII characters (an openid is 28, an AppID 18) — so no real id is
 * refused, while a 10,000-character one is refused before it is sent.
 * Identifiers the reference bounds keep its figure (orderId: 512 bytes).
 */
export const IDENTIFIER_MAX_BYTES = 128;
