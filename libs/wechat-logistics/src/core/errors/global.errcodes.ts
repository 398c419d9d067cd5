import { type ErrcodeRows } from './errcode-catalogue';

/**
 * Errcodes any API may answer: the access token, the token endpoints, the
 * request's shape, frequency limits and the app's permissions
 * (wechat-logistics-api.md §10, and the global codes of §6).
 */
export const GLOBAL_ERRCODES: ErrcodeRows = {
  busy: [
    [
      -1,
      'system error',
      'WeChat is busy (system error). Calls that are safe to repeat were retried first; try again later.',
    ],
  ],
  token: [
    [
      40001,
      'invalid credential, access_token is invalid or not latest',
      'WeChat rejected the access token even after one refresh.',
    ],
    [
      40014,
      'invalid access_token',
      'WeChat rejected the access token as malformed even after one refresh.',
    ],
    [
      42001,
      'access_token expired',
      'WeChat reported the access token as expired even after one refresh.',
    ],
  ],
  'bad-request': [
    [
      47001,
      'data format error',
      'WeChat could not parse the request body or a parameter is missing.',
    ],
    [44002, 'empty post data', 'WeChat received an empty request body.'],
    [40097, 'invalid args', 'A required argument is missing or invalid.'],
    [
      40003,
      'invalid openid',
      'The openid is not a valid user of this mini program.',
    ],
  ],
  'rate-limit': [
    [
      45009,
      'reach max api daily quota limit',
      'The daily API quota is used up.',
    ],
    [
      45011,
      'api minute-quota reach limit, must slower, retry next minute',
      'The per-minute API quota is used up; retry next minute.',
    ],
    [
      44990,
      'requests too frequent',
      'Too many requests in a short time; slow down.',
    ],
  ],
  configuration: [
    [40002, 'invalid grant_type', 'The token request used a wrong grant_type.'],
    [40013, 'invalid appid', 'The configured AppID is not valid.'],
    [40125, 'invalid appsecret', 'The configured AppSecret is not valid.'],
    [
      40164,
      'invalid ip, not in whitelist',
      "This server's IP address is not in the mini program's IP whitelist.",
    ],
    [40243, 'AppSecret is frozen', "The mini program's AppSecret is frozen."],
    [41001, 'access_token missing', 'The request carried no access token.'],
    [41002, 'appid missing', 'The token request carried no AppID.'],
    [41004, 'appsecret missing', 'The token request carried no AppSecret.'],
    [43002, 'require POST method', 'The endpoint requires POST.'],
    [
      48001,
      'api unauthorized',
      'This mini program is not authorised for this API: for the logistics assistant, not verified or the assistant is not opened; for shipping info (发货信息管理), not enrolled in order shipping management.',
    ],
    [50001, 'api unauthorized', 'The user is not authorised for this API.'],
    [
      61003,
      'component is not authorized by this account',
      'The third-party platform lacks a permission set this API needs.',
    ],
    [
      61004,
      'access clientip is not registered',
      "This server's IP is not in the third-party platform's whitelist.",
    ],
    [
      61007,
      'api is unauthorized to component',
      'The third-party platform is not authorised for this API (its permission set is missing).',
    ],
    [
      61011,
      'invalid component',
      "The third-party platform's token is not valid.",
    ],
    [
      50004,
      'api forbidden for the account',
      'This account may not call the token API.',
    ],
    [50007, 'account frozen', 'The account is frozen.'],
    [
      89503,
      'caller ip needs admin confirmation',
      "This server's IP needs an administrator's confirmation.",
    ],
    [
      89506,
      'caller ip rejected by admin',
      "An administrator rejected this server's IP; retry after 24 hours.",
    ],
    [
      89507,
      'caller ip rejected',
      "An administrator rejected this server's IP; retry after 1 hour.",
    ],
  ],
};
