import {
  WechatApiError,
  WechatApiSecurityError,
  type WechatApiSecurityKeys,
  type WechatLogisticsModuleOptions,
  WechatTransportError,
} from 'nestjs-wechat-logistics';
import { EXAMPLE } from '../../libs/wechat-logistics/src/core/api-security/official-example.spec-helper';
import { startSecuredWechat } from '../../libs/wechat-logistics/src/core/api-security/secured-wechat.spec-helper';
import { WechatAppRegistry } from '../../libs/wechat-logistics/src/core/apps/wechat-app-registry';
import { type EndpointDefinition } from '../../libs/wechat-logistics/src/core/caller/endpoint-definition';
import { WechatApiCaller } from '../../libs/wechat-logistics/src/core/caller/wechat-api.caller';
import { type LibraryApp, startLibraryApp } from '../support/library-app';
import { TRANSPORTS } from '../support/transports';

const APP = EXAMPLE.appId;
const REQUIRED_ENDPOINT: EndpointDefinition = {
  api: 'intracity.createStore',
  method: 'POST',
  path: '/cgi-bin/express/intracity/createstore',
  safeToRepeat: false,
  apiSecurity: 'required',
};
const QUOTA = { deliveryId: 'YTO', bizId: 'biz-1' };

/**
 * The caller with apiSecurity, over both transports, against an in-test
 * WeChat that verifies every request and seals every reply (its own
 * platform key): a sealed call works, and each spoiled reply is refused
 * once, without a retry.
 */
describe.each(TRANSPORTS)(
  'API security through the caller (%s)',
  (transport) => {
    let wechat: Awaited<ReturnType<typeof startSecuredWechat>>;
    let lib: LibraryApp | undefined;
    const keys = (): WechatApiSecurityKeys => ({
      aesKey: EXAMPLE.aesKey,
      aesSn: EXAMPLE.aesSn,
      privateKey: EXAMPLE.privateKey,
      rsaSn: EXAMPLE.rsaSn,
      platformCertificates: { 'platform-sn-1': wechat.platformPublicKeyPem },
    });
    const start = async (extra: Partial<WechatLogisticsModuleOptions> = {}) => {
      lib = await startLibraryApp(
        {
          appId: APP,
          accessTokenProvider: async () => 'TOKEN',
          apiBaseUrl: wechat.url,
          timeoutMs: 2000,
          retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1 },
          apiSecurity: {
            ...keys(),
            apis: { 'logistics.getQuota': 'supported' },
          },
          ...extra,
        },
        transport,
      );
      return lib.service;
    };

    beforeEach(async () => {
      wechat = await startSecuredWechat((path, request) =>
        path.endsWith('/quota/get')
          ? {
              errcode: 0,
              errmsg: 'ok',
              quota_num: 42,
              echoed: request.delivery_id,
            }
          : { errcode: 0, errmsg: 'ok', count: 0, list: [] },
      );
    });
    afterEach(async () => {
      await lib?.app.close();
      lib = undefined;
      await wechat.close();
    });

    it('seals a POST the options mark supported: WeChat verifies it, the reply is verified and decrypted', async () => {
      const service = await start();
      await expect(service.getQuota(QUOTA)).resolves.toEqual({ quotaNum: 42 });
      const [sent] = wechat.state.requests;
      expect(sent.verified).toBe(true);
      expect(sent.plaintext).toMatchObject({
        delivery_id: 'YTO',
        biz_id: 'biz-1',
        _appid: APP,
      });
      expect(sent.plaintext).not.toHaveProperty('access_token');
      expect(sent.headers['wechatmp-serial']).toBe(EXAMPLE.rsaSn);
    });

    it("leaves the logistics assistant's GET list reads plain ('supported', but a GET has no body to seal)", async () => {
      const service = await start();
      await service.getAllAccount();
      expect(wechat.state.requests[0]).toMatchObject({
        method: 'GET',
        verified: false,
      });
      expect(
        wechat.state.requests[0].headers['wechatmp-signature'],
      ).toBeUndefined();
    });

    it("seals a GET list read as POST when apis makes it 'required'", async () => {
      const service = await start({
        apiSecurity: {
          ...keys(),
          apis: { '/cgi-bin/express/business/account/getall': 'required' },
        },
      });
      await expect(service.getAllAccount()).resolves.toEqual({
        count: 0,
        list: [],
      });
      expect(wechat.state.requests[0]).toMatchObject({
        method: 'POST',
        verified: true,
      });
    });

    it.each([
      ['tamper-byte', 'signature does not verify'],
      ['wrong-certificate', 'signature does not verify'],
      ['unsigned-success', 'unsigned reply'],
      ['stale', 'stale or replayed'],
    ] as const)(
      'refuses a %s reply as unverified-response, sent once, never retried',
      async (fault, check) => {
        const service = await start();
        wechat.state.fault = fault;
        const error = await service.getQuota(QUOTA).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WechatTransportError);
        expect((error as WechatTransportError).failure).toBe(
          'unverified-response',
        );
        expect((error as WechatTransportError).message).toContain(check);
        expect(wechat.state.requests).toHaveLength(1);
      },
    );

    it('refuses a reply replayed within the window (the same _n)', async () => {
      const service = await start();
      await service.getQuota(QUOTA);
      wechat.state.fault = 'replay';
      const error = await service.getQuota(QUOTA).catch((e: unknown) => e);
      expect((error as WechatTransportError).failure).toBe(
        'unverified-response',
      );
      expect((error as Error).message).toContain('replayed');
    });

    it("WeChat's plain refusal (40234) is a WechatApiError saying what to check", async () => {
      const service = await start();
      wechat.state.fault = 'refuse-40234';
      const error = await service.getQuota(QUOTA).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WechatApiError);
      expect((error as WechatApiError).errcode).toBe(40234);
      expect((error as WechatApiError).entry?.meaning).toContain(
        'privateKey does not match',
      );
    });

    it('an API WeChat requires it for fails, for an app without keys, before anything is sent, naming the app', async () => {
      await start({
        apps: [{ appId: 'wxnokeys', accessTokenProvider: async () => 'T2' }],
      });
      // No family on this branch declares 'required' yet (同城配送 will): the caller is driven with such an endpoint.
      const runtime = await lib!.app.get(WechatAppRegistry).get('wxnokeys');
      const error = await lib!.app
        .get(WechatApiCaller)
        .call(
          runtime.credential,
          REQUIRED_ENDPOINT,
          { out_store_id: 's1' },
          runtime.security,
        )
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WechatApiSecurityError);
      expect((error as Error).message).toContain(
        'mini program "wxnokeys" has no apiSecurity keys',
      );
      expect(wechat.state.requests).toHaveLength(0);
    });

    it('a provider rotates keys without a restart: a reply signed by a newly added platform certificate is believed after one re-read', async () => {
      let current = {
        ...keys(),
        platformCertificates: { 'old-sn': EXAMPLE.platformCertificate },
      };
      let reads = 0;
      const service = await start({
        apiSecurity: {
          keys: async () => {
            reads += 1;
            return current;
          },
          keysCacheSeconds: 3600,
          apis: { 'logistics.getQuota': 'supported' },
        },
      });
      const before = await service.getQuota(QUOTA).catch((e: unknown) => e);
      expect((before as WechatTransportError).failure).toBe(
        'unverified-response',
      );
      current = {
        ...keys(),
        platformCertificates: {
          'old-sn': EXAMPLE.platformCertificate,
          ...keys().platformCertificates,
        },
      };
      await expect(service.getQuota(QUOTA)).resolves.toEqual({ quotaNum: 42 });
      expect(reads).toBe(3); // first call: read + re-read on the unknown serial; second: re-read once more
    });
  },
);
