import { AppApiSecurity } from './app-api-security';
import { APP_KEYS, CONSOLE_KEYS } from './secured-call.spec-helper';
import { sealRequest } from './secured-request';
import {
  openSecuredRequest,
  type SecuredRequestInput,
} from './secured-request-opener';

const PATH = '/cgi-bin/express/intracity/createstore';
const NOW = 1700000000;

function input(
  overrides: Partial<SecuredRequestInput> & { body?: string },
): SecuredRequestInput {
  const apiSecurity = new AppApiSecurity(APP_KEYS.appId);
  apiSecurity.configure(CONSOLE_KEYS);
  return {
    mode: 'required',
    method: 'POST',
    path: PATH,
    headers: {},
    rawBytes: Buffer.from(overrides.body ?? '{"out_store_id":"s1"}'),
    caller: { appId: APP_KEYS.appId, apiSecurity },
    isKnownApp: (appId) => appId === APP_KEYS.appId,
    nowSeconds: NOW,
    windowSeconds: 300,
    serialDemanded: false,
    ...overrides,
  };
}

describe("a 'required' route (intracity)", () => {
  it('refuses a plain call with 934011, whatever the console switch says', () => {
    const opened = openSecuredRequest(input({}));
    expect(opened).toMatchObject({
      kind: 'refused',
      reply: { body: { errcode: 934011 } },
    });
  });

  it('opens a sealed call: the handler body is the plaintext without _n/_appid/_timestamp, folded query fields kept', () => {
    const sealed = sealRequest({
      path: PATH,
      keys: APP_KEYS,
      payload: { out_store_id: 's1', from_query: 'kept' },
      timestamp: NOW,
    });
    const headers = Object.fromEntries(
      Object.entries(sealed.headers).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const opened = openSecuredRequest(
      input({ headers, rawBytes: Buffer.from(sealed.body) }),
    );
    expect(opened).toEqual({
      kind: 'secured',
      body: { out_store_id: 's1', from_query: 'kept' },
      exchange: {
        path: PATH,
        appId: APP_KEYS.appId,
        aesKey: APP_KEYS.aesKey,
        aesSn: APP_KEYS.aesSn,
      },
    });
  });

  it("a 'supported' route lets the same plain call through", () => {
    expect(openSecuredRequest(input({ mode: 'supported' }))).toEqual({
      kind: 'plain',
    });
  });
});
