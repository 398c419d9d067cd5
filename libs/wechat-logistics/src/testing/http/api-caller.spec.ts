import {
  errcodeWithToken,
  postJson,
  RID_SUFFIX,
  stableToken,
  tokenValue,
} from '../emulator-http.spec-helper';
import { CANCEL_BODY, ORDER, SHOP_B } from '../emulator-fixtures.spec-helper';
import { WechatEmulator } from '../wechat-emulator';
import { WECHAT_PATHS } from './emulator-routes';

/** cancelOrder as a Cloud Hosting container sends it: no access_token. */
const cancel = (wechat: WechatEmulator, query = '') =>
  postJson(wechat, `${WECHAT_PATHS.cancelOrder}${query}`, CANCEL_BODY);

describe('Cloud Hosting mode (open API service, no access_token)', () => {
  let wechat: WechatEmulator;

  beforeEach(async () => {
    wechat = await WechatEmulator.start({ cloudHosting: true, apps: [SHOP_B] });
    wechat.orders.seed(ORDER);
    wechat.app(SHOP_B.appId).orders.seed(ORDER);
  });
  afterEach(() => wechat.stop());

  it('accepts a call without access_token as the default app', async () => {
    const { body } = await cancel(wechat);

    expect(wechat.cloudHosting).toBe(true);
    expect(body['errcode']).toBe(0);
    expect(wechat.orders.get(ORDER.orderId)?.status).toBe('cancelled');
    expect(wechat.app(SHOP_B.appId).orders.get(ORDER.orderId)?.status).toBe(
      'active',
    );
    expect(wechat.requests.last()?.appId).toBe(wechat.appId);
  });

  it('acts for the from_appid app (resource reuse)', async () => {
    const { body } = await cancel(wechat, `?from_appid=${SHOP_B.appId}`);

    expect(body['errcode']).toBe(0);
    expect(wechat.app(SHOP_B.appId).orders.get(ORDER.orderId)?.status).toBe(
      'cancelled',
    );
    expect(wechat.orders.get(ORDER.orderId)?.status).toBe('active');
    expect(wechat.requests.last()?.appId).toBe(SHOP_B.appId);
  });

  it('refuses a from_appid it does not serve with 40013 naming it', async () => {
    const { body } = await cancel(wechat, '?from_appid=wx-nobody');

    expect(body['errcode']).toBe(40013);
    expect(body['errmsg']).toMatch(/^invalid appid: .*"wx-nobody"/);
    expect(body['errmsg']).toMatch(RID_SUFFIX);
    expect(wechat.requests.last()?.appId).toBeUndefined();
  });

  it('answers 41001 on a path whose permission was withdrawn, until allowed again', async () => {
    wechat.openApi.deny(WECHAT_PATHS.cancelOrder);

    const denied = await cancel(wechat);
    const otherPath = await postJson(wechat, WECHAT_PATHS.getOrder, {
      order_id: ORDER.orderId,
      delivery_id: ORDER.deliveryId,
    });
    wechat.openApi.allow(WECHAT_PATHS.cancelOrder);
    const allowed = await cancel(wechat);

    expect(denied.body['errcode']).toBe(41001);
    expect(denied.body['errmsg']).toMatch(/^access_token missing rid: /);
    expect(denied.body['errmsg']).toMatch(RID_SUFFIX);
    expect(otherPath.body['errcode']).toBe(0);
    expect(allowed.body['errcode']).toBe(0);
  });

  it('still accepts a token, which acts for the app that issued it', async () => {
    const tokenB = await tokenValue(
      stableToken(wechat, { appid: SHOP_B.appId, secret: SHOP_B.appSecret }),
    );

    const { body } = await cancel(wechat, `?access_token=${tokenB}`);

    expect(body['errcode']).toBe(0);
    expect(wechat.app(SHOP_B.appId).orders.get(ORDER.orderId)?.status).toBe(
      'cancelled',
    );
    expect(await errcodeWithToken(wechat, 'A'.repeat(128))).toBe(40001);
  });

  it('reset() grants every path again', async () => {
    wechat.openApi.deny(WECHAT_PATHS.cancelOrder);

    wechat.reset();
    wechat.orders.seed(ORDER);

    expect(wechat.openApi.deniedPaths()).toEqual([]);
    expect((await cancel(wechat)).body['errcode']).toBe(0);
  });

  it('refuses to deny a path it does not serve, naming it', () => {
    expect(() => wechat.openApi.deny('/cgi-bin/express/business/nope')).toThrow(
      /"\/cgi-bin\/express\/business\/nope"/,
    );
    expect(() => wechat.openApi.deny(WECHAT_PATHS.stableToken)).toThrow(
      RangeError,
    );
  });
});

describe('outside Cloud Hosting mode', () => {
  let wechat: WechatEmulator;

  beforeEach(async () => {
    wechat = await WechatEmulator.start({ apps: [SHOP_B] });
    wechat.orders.seed(ORDER);
  });
  afterEach(() => wechat.stop());

  it('answers a call without access_token 41001, from_appid or not', async () => {
    const plain = await cancel(wechat);
    const withFromAppId = await cancel(wechat, `?from_appid=${SHOP_B.appId}`);

    expect(wechat.cloudHosting).toBe(false);
    expect(plain.body['errcode']).toBe(41001);
    expect(withFromAppId.body['errcode']).toBe(41001);
    expect(wechat.orders.get(ORDER.orderId)?.status).toBe('active');
    expect(wechat.requests.last()?.appId).toBeUndefined();
  });
});
