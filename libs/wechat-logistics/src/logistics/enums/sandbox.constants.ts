/** The sandbox carrier: orders with it never reach a real courier. */
export const SANDBOX_DELIVERY_ID = 'TEST';

/**
 * The sandbox merchant account. WeChat's English sandbox page says `test_we_id`;
 * every testUpdateOrder doc and SDK (WxJava's defaults included) says `test_biz_id`,
 * and testUpdateOrder is the only call that checks it, so `test_biz_id` it is.
 */
export const SANDBOX_BIZ_ID = 'test_biz_id';
