import { type ErrcodeEntry, findErrcode } from './errcode-catalogue';

export interface WechatApiErrorInit {
  errcode: number;
  errmsg: string;
  /** `logistics.cancelOrder`, `auth.getStableAccessToken`, … */
  api: string;
  deliveryResultcode?: number;
  deliveryResultmsg?: string;
  /** How many requests this call made before giving up. */
  attempts?: number;
}

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

  constructor(init: WechatApiErrorInit) {
    super(`${init.api} failed with errcode ${init.errcode}: ${init.errmsg}`);
    this.errcode = init.errcode;
    this.errmsg = init.errmsg;
    this.rid = parseRid(init.errmsg);
    this.api = init.api;
    this.deliveryResultcode = init.deliveryResultcode;
    this.deliveryResultmsg = init.deliveryResultmsg;
    this.attempts = init.attempts ?? 1;
  }

  /** The catalogue entry, or `undefined` for an errcode WeChat never documented. */
  get entry(): ErrcodeEntry | undefined {
    return findErrcode(this.errcode);
  }

  /** True when the errcode came from a token endpoint: this server's credentials are wrong. */
  get fromTokenEndpoint(): boolean {
    return this.api.startsWith('auth.');
  }
}

const RID_PATTERNS = [/\brid:\s*([\w-]+)/, /req_id:\s*([\w-]+)/];

function parseRid(errmsg: string): string | undefined {
  for (const pattern of RID_PATTERNS) {
    const match = pattern.exec(errmsg);
    if (match) return match[1];
  }
  return undefined;
}
