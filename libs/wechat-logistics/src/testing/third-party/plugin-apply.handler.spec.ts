import { call, classicToken, tokenValue } from '../emulator-http.spec-helper';
import { type CallCredential } from '../http/api-caller';
import { type MiniProgram } from '../state/mini-program';
import { WechatEmulator } from '../wechat-emulator';
import { pluginApplyHandler } from './plugin-apply.handler';

describe('third-party platforms in the emulator', () => {
  let wechat: WechatEmulator;

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
  });
  afterAll(() => wechat.stop());
  afterEach(() => wechat.reset());

  describe('an authorizer token (tokens.issueAuthorizer())', () => {
    it('calls business APIs like the app’s own token, and is told apart from it', async () => {
      const authorizer = wechat.tokens.issueAuthorizer();
      const own = await tokenValue(classicToken(wechat));

      const reply = await call(
        wechat,
        'GET',
        `/cgi-bin/express/business/delivery/getall?access_token=${authorizer}`,
      );

      expect(reply.body['errcode']).toBeUndefined();
      expect(reply.body['count']).toEqual(expect.any(Number));
      expect(wechat.tokens.isAuthorizer(authorizer)).toBe(true);
      expect(wechat.tokens.isAuthorizer(own)).toBe(false);
      // Not a fetch of either token endpoint.
      expect(wechat.tokens.fetchCount).toBe(1);
    });

    it('is revoked with the others by revokeAll()', async () => {
      const authorizer = wechat.tokens.issueAuthorizer();
      wechat.tokens.revokeAll();

      const reply = await call(
        wechat,
        'GET',
        `/cgi-bin/express/business/delivery/getall?access_token=${authorizer}`,
      );

      expect(reply.body['errcode']).toBe(40001);
    });
  });

  describe('pluginApplyHandler', () => {
    const apply = (credential: CallCredential) =>
      pluginApplyHandler('query')(
        { method: 'POST', query: {}, body: {}, credential },
        wechat.app(wechat.appId) as MiniProgram,
      ).body;

    it.each<CallCredential>(['access-token', 'cloud-hosting'])(
      'refuses a call authorised by %s with 933004: only a platform may apply',
      (credential) => {
        expect(apply(credential)['errcode']).toBe(933004);
        expect(wechat.plugins.applied('query')).toBe(false);
      },
    );

    it('applies with an authorizer token, then answers 933003 (already on)', () => {
      expect(apply('authorizer-token')['errcode']).toBe(0);
      expect(wechat.plugins.applied('query')).toBe(true);
      expect(wechat.plugins.applied('msg')).toBe(false);

      expect(apply('authorizer-token')['errcode']).toBe(933003);
    });

    it('answers 933003 for a component a test enabled beforehand', () => {
      wechat.plugins.enable('query');

      expect(apply('authorizer-token')['errcode']).toBe(933003);
    });
  });
});
