/** The 即时配送 sandbox (local-delivery.md §6.1): the only shop and carrier the TEST sandbox takes. */
export const LOCAL_DELIVERY_SANDBOX_SHOP_ID = 'test_shop_id';
export const LOCAL_DELIVERY_SANDBOX_DELIVERY_ID = 'TEST';
/**
 * The sandbox shop's AppSecret, public in WeChat's docs and misspelt there
 * (`secrect`). Used for `test_shop_id` when no `localDelivery` level names
 * that shop, so the sandbox works without configuration.
 */
export const LOCAL_DELIVERY_SANDBOX_SECRET = 'test_app_secrect';
