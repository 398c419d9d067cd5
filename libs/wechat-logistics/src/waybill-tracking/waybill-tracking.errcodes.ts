import {
  type ErrcodeRows,
  type FamilyErrcodes,
} from '../core/errors/errcode-catalogue';

/**
 * Not found, by either code: 931023 is what WeChat answers in practice, 9300559
 * what its docs say (§4.10, §8.2); the returns family meets 931023 too.
 */
const WAYBILL_NOT_FOUND =
  "WeChat does not know this waybill: the carrier has no such number, or has not scanned it yet (a new waybill can read so for about a day), or it is a logistics-assistant sandbox waybill (delivery_id TEST), which WeChat's tracking refuses. Check the waybill id and carrier code, and try again later for a new waybill.";

/** The apply calls' refusals for the account's standing (§4.9); WeChat's texts are not published except 933003's. */
const NOT_ELIGIBLE_PREFIX =
  'WeChat refused to enable the component for this mini program:';

/**
 * 物流服务's errcodes (reference §4.10, §4.9). `codes` are listed by no other
 * family: the two "waybill not exist" codes, the goods-update cap, the image
 * URL refusal, and the apply calls' 933000–933004 (also answered by the
 * returns family's open_return). Platform codes the reference lists beside
 * them (40003, 61007, the token codes) are global.errcodes.ts's; 40066
 * (empty body) cannot happen, since the library always sends a JSON body.
 */
const CODES: ErrcodeRows = {
  'not-found': [
    [931023, 'waybill not exist', WAYBILL_NOT_FOUND],
    [9300559, 'waybill not exist', WAYBILL_NOT_FOUND],
  ],
  conflict: [
    [
      9300560,
      '达到修改次数上限',
      "This waybill's goods were changed as many times as WeChat allows (the cap is not published); they can no longer be updated.",
    ],
    [
      933000,
      'category not supported',
      `${NOT_ELIGIBLE_PREFIX} its category is not eligible.`,
    ],
    [
      933001,
      'serious violation in 90 days',
      `${NOT_ELIGIBLE_PREFIX} it had a serious violation in the last 90 days.`,
    ],
    [
      933002,
      'no payment in 90 days',
      `${NOT_ELIGIBLE_PREFIX} it had no WeChat Pay payments in the last 90 days.`,
    ],
    [
      933003,
      '物流查询组件已开通',
      'The component is already enabled (or applied for) for this mini program: nothing to apply for.',
    ],
  ],
  'bad-request': [
    [
      9300561,
      '图片url错误',
      'WeChat refused goods_img_url: use an http(s) URL of ASCII characters on a widely reachable host (non-ASCII paths and some hosts are refused).',
    ],
  ],
  configuration: [
    [
      933004,
      'not called by third-party platform',
      "Only a third-party platform may apply for a component on a mini program's behalf, with the authorizer_access_token it holds for that mini program: configure accessTokenProvider to return it. With the mini program's own access_token, apply in the MP admin instead (功能 → 物流服务).",
    ],
  ],
};

/**
 * Codes the catalogue already lists for another family (or globally) that
 * mean something else on these calls: 9300507, 9300513 and 9300534 are the
 * logistics assistant's carrier-token, e-waybill quota and shop codes there;
 * 48001 and -1 get this family's causes.
 */
const READINGS: ErrcodeRows = {
  busy: [
    [
      -1,
      'system error',
      'WeChat is busy (system error); registrations and reads were retried first. WeChat also answers it for more than 10 goods items and for some goods image URLs.',
    ],
  ],
  'bad-request': [
    [
      9300507,
      "invalid token, can't decryption or decryption result is different from the plaintext",
      "WeChat could not read the waybill_token: it is not a token this mini program got from traceWaybill (for queryTrace and updateWaybillGoods) or followWaybill (for queryFollowTrace and updateFollowWaybillGoods). The two components' tokens are not interchangeable, and a waybill id is not a token.",
    ],
    [
      9300534,
      'invalid shop args',
      'The openid is not a user of this mini program: access_token and openid do not match.',
    ],
  ],
  'rate-limit': [
    [
      9300513,
      'out of quota',
      'The daily call quota of the tracking components is used up: 100,000 calls per mini program, and per buyer 100 (query component) or 50 (message component) a day; the message component also follows at most 100 waybills in progress per buyer.',
    ],
  ],
  configuration: [
    [
      48001,
      'api unauthorized',
      'This mini program has not enabled the component: MP admin → 功能 → 物流服务 → 查询组件 (trace calls) or 物流消息 (follow calls). Third-party platforms use applyQueryPlugin / applyMsgPlugin.',
    ],
  ],
};

/** 物流服务's line of the catalogue: calls `tracking.<method>`. */
export const WAYBILL_TRACKING_ERRCODES: FamilyErrcodes = {
  family: 'tracking',
  codes: CODES,
  readings: READINGS,
};
