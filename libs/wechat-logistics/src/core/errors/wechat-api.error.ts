import {
  CARRIER_RESULT_ENTRY,
  type ErrcodeEntry,
  findErrcode,
} from './errcode-catalogue';

export interface WechatApiErrorInit {
  errcode: number;
  errmsg: string;
  /** `logistics.cancelOrder`, `auth.getStableAccessToken`, … */
  api: string;
  /**
   * The carrier's own code and message. 即时配送's carrier level: a reply
   * with no errcode (or 0) but `resultcode` ≠ 0 is an error with errcode 0
   * and these two fields (its `entry` is {@link CARRIER_RESULT_ENTRY}).
   */
  deliveryResultcode?: number;
  deliveryResultmsg?: string;
  /** How many requests this call made before giving up. */
  attempts?: number;
  /** The call went through WeChat Cloud Hosting's open API service (no token of ours). */
  viaCloudHosting?: boolean;
  /** What to do before trying again (an upload that may have landed); appended to the message and the HTTP body's. */
  advice?: string;
}

/** What a "token missing / invalid" errcode means when we sent no token: the platform did not supply one. */
const CLOUD_HOSTING_CREDENTIAL_ERRCODES = new Set([40001, 40014, 41001, 42001]);

/**
 * WeChat answered with a non-zero errcode. Transport-agnostic: the exception
 * filter maps it to HTTP through the errcode catalogue.
 */
export class WechatApiError extends Error {
  override readonly name = 'WechatApiError';
  readonly errcode: number;
  readonly errmsg: string;
  /** WeChat's request id, parsed from `errmsg` (`… rid: xxx` or `hints: [ req_id: xxx ]`); quote it to WeChat support. */
  readonly rid: string | undefined;
  readonly api: string;
  readonly deliveryResultcode: number | undefined;
  readonly deliveryResultmsg: string | undefined;
  readonly attempts: number;
  readonly viaCloudHosting: boolean;
  /** What to do before trying again, when the endpoint has more to say than the errcode (see {@link WechatApiErrorInit.advice}). */
  readonly advice: string | undefined;

  constructor(init: WechatApiErrorInit) {
    super(
      `${init.api} failed with errcode ${init.errcode}: ${init.errmsg}${
        init.viaCloudHosting &&
        CLOUD_HOSTING_CREDENTIAL_ERRCODES.has(init.errcode)
          ? ` (${CLOUD_HOSTING_NOT_ENABLED})`
          : ''
      }${init.advice ? `. ${init.advice}` : ''}`,
    );
    this.advice = init.advice;
    this.errcode = init.errcode;
    this.errmsg = init.errmsg;
    this.rid = parseRid(init.errmsg);
    this.api = init.api;
    this.deliveryResultcode = init.deliveryResultcode;
    this.deliveryResultmsg = init.deliveryResultmsg;
    this.attempts = init.attempts ?? 1;
    this.viaCloudHosting = init.viaCloudHosting ?? false;
  }

  /**
   * Under Cloud Hosting, a token errcode means the open API service did not
   * supply the credential: it is off, or this API's path is not allowed for
   * the environment. No refresh or retry can help; an operator must act.
   */
  get cloudHostingNotEnabled(): boolean {
    return (
      this.viaCloudHosting &&
      CLOUD_HOSTING_CREDENTIAL_ERRCODES.has(this.errcode)
    );
  }

  /** The catalogue entry (this call's family's reading), or `undefined` for an errcode WeChat never documented. */
  get entry(): ErrcodeEntry | undefined {
    // errcode 0 never fails a call by itself: such an error is a carrier's refusal behind it.
    if (this.errcode === 0 && this.deliveryResultcode !== undefined)
      return CARRIER_RESULT_ENTRY;
    return findErrcode(this.errcode, this.api);
  }

  /** True when the errcode came from a token endpoint: this server's credentials are wrong. */
  get fromTokenEndpoint(): boolean {
    return this.api.startsWith('auth.');
  }
}

/** The explanation of {@link WechatApiError.cloudHostingNotEnabled}, for messages and HTTP bodies. */
export const CLOUD_HOSTING_NOT_ENABLED =
  "WeChat Cloud Hosting's open API service (开放接口服务) is not enabled for this API or environment: turn it on in the console's 云调用 page and allow this API's path under 微信令牌权限配置, then rebuild the service version";

const RID_PATTERNS = [/\brid:\s*([\w-]+)/, /req_id:\s*([\w-]+)/];

function parseRid(errmsg: string): string | undefined {
  for (const pattern of RID_PATTERNS) {
    const match = pattern.exec(errmsg);
    if (match) return match[1];
  }
  return undefined;
}
