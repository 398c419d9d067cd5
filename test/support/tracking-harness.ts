import {
  type WechatWaybillTrackingClient,
  type WechatLogisticsModuleOptions,
  WechatWaybillTrackingService,
} from 'nestjs-wechat-logistics';
import {
  type LoggedRequest,
  type WechatEmulator,
} from 'nestjs-wechat-logistics/testing';
import {
  type ContractClient,
  SECOND_APP,
  useEmulatorHarness,
} from './contract-harness';
import { type LibraryApp } from './library-app';

export interface TrackingHarness {
  readonly wechat: WechatEmulator;
  readonly lib: LibraryApp;
  /** `WechatWaybillTrackingService`, or its `forApp(SECOND_APP.appId)`. */
  readonly tracking: WechatWaybillTrackingClient;
  /** The app whose token its requests must carry. */
  readonly appId: string;
}

/**
 * The contract harness (one emulator, one bare library app, fresh state per
 * test) with the 物流服务 (waybill tracking) family's client. WeChat's answers come from
 * `cannedReply`, which the emulator sends before any routing of its own:
 * these tests pin the client to the reference, whatever the emulator's
 * tracking handlers do.
 */
export function useTrackingHarness(
  extra: Partial<WechatLogisticsModuleOptions> = {},
  subject: ContractClient = 'node:http',
): TrackingHarness {
  const base = useEmulatorHarness(extra, subject);
  // The harness keeps tokens and clears orders; 物流服务's own state too.
  beforeEach(() => base.wechat.app(base.appId).tracking.reset());
  const harness = {} as { tracking: WechatWaybillTrackingClient };
  beforeAll(() => {
    const service = base.lib.app.get(WechatWaybillTrackingService);
    harness.tracking =
      subject === 'forApp(second app) over node:http'
        ? service.forApp(SECOND_APP.appId)
        : service;
  });
  return {
    get wechat() {
      return base.wechat;
    },
    get lib() {
      return base.lib;
    },
    get appId() {
      return base.appId;
    },
    get tracking() {
      return harness.tracking;
    },
  };
}

/**
 * The one request sent to `path`: POST, the app's valid token as the only
 * query parameter and never in the body, a JSON body.
 */
export function theOneTrackingRequest(
  h: TrackingHarness,
  path: string,
): LoggedRequest {
  const sent = h.wechat.requests.forPath(path);
  expect(sent).toHaveLength(1);
  const [request] = sent;
  expect(request.method).toBe('POST');
  expect(Object.keys(request.query)).toEqual(['access_token']);
  expect(h.wechat.app(h.appId).tokens.isValid(request.query.access_token)).toBe(
    true,
  );
  expect(request.rawBody).not.toContain('access_token');
  expect(request.headers['content-type']).toMatch(/^application\/json/);
  return request;
}
