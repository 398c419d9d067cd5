import {
  type WechatApiSecurityKeysProvider,
  type WechatApiSecurityMode,
  type WechatApiSecurityOptions,
} from '../interfaces';
import { loadApiSecurityKeys } from '../api-security/load-api-security-keys';
import { type LoadedApiSecurityKeys } from '../api-security/loaded-api-security-keys';
import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';
import { knownOptionKeys, refuseUnknownOptionKeys } from './known-option-keys';
import { positiveNumber } from './option-readers';

const API_SECURITY_OPTION_KEYS = knownOptionKeys<WechatApiSecurityOptions>(
  'WechatApiSecurityOptions',
  {
    aesKey: true,
    aesSn: true,
    privateKey: true,
    rsaSn: true,
    platformCertificates: true,
    algorithm: true,
    keys: true,
    keysCacheSeconds: true,
    apis: true,
    timestampWindowSeconds: true,
  },
);

const KEY_FIELDS = [
  'aesKey',
  'aesSn',
  'privateKey',
  'rsaSn',
  'platformCertificates',
  'algorithm',
] as const;
const MODES: readonly WechatApiSecurityMode[] = [
  'required',
  'supported',
  'off',
];

/** One app's `apiSecurity` after validation. */
export interface ResolvedApiSecurity {
  readonly keys:
    | { readonly kind: 'static'; readonly loaded: LoadedApiSecurityKeys }
    | {
        readonly kind: 'provider';
        readonly provider: WechatApiSecurityKeysProvider;
        readonly cacheMs: number;
      };
  /** By api name or path. */
  readonly apis: ReadonlyMap<string, WechatApiSecurityMode>;
  readonly timestampWindowSeconds: number;
}

/**
 * `apiSecurity` of one app (`apiSecurity`, `apps[1].apiSecurity`,
 * `resolveApp("wx…").apiSecurity`): either the keys, checked and loaded now
 * so a bad key fails the bootstrap naming its field, or `keys`, a provider
 * read per call. Keys are per mini program: nothing is inherited.
 */
export function resolveApiSecurity(
  source: object,
  prefix: string,
  appId: string | undefined,
): ResolvedApiSecurity | undefined {
  const value = (source as { apiSecurity?: unknown }).apiSecurity;
  const field = `${prefix}apiSecurity`;
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InvalidWechatLogisticsOptionsError(
      field,
      'must be an object { aesKey, aesSn, privateKey, rsaSn?, platformCertificates } or { keys: (appId) => Promise<keys> }',
    );
  refuseUnknownOptionKeys(value, API_SECURITY_OPTION_KEYS, `${field}.`);
  if (appId === undefined)
    throw new InvalidWechatLogisticsOptionsError(
      field,
      'needs the app\'s appId: it is part of every signed request (set "appId")',
    );
  const options = value as WechatApiSecurityOptions;
  return {
    keys: keysOf(options, field),
    apis: apisOf(options.apis, `${field}.apis`),
    timestampWindowSeconds: positiveNumber(
      options,
      'timestampWindowSeconds',
      300,
      `${field}.`,
    ),
  };
}

function keysOf(
  options: WechatApiSecurityOptions,
  field: string,
): ResolvedApiSecurity['keys'] {
  const given = KEY_FIELDS.filter((name) => options[name] !== undefined);
  if (options.keys === undefined) {
    if (options.keysCacheSeconds !== undefined)
      throw new InvalidWechatLogisticsOptionsError(
        `${field}.keysCacheSeconds`,
        'is only used with apiSecurity.keys (a provider): remove it',
      );
    return { kind: 'static', loaded: loadApiSecurityKeys(options, field) };
  }
  if (typeof options.keys !== 'function')
    throw new InvalidWechatLogisticsOptionsError(
      `${field}.keys`,
      'must be a function (appId) => Promise<{ aesKey, aesSn, privateKey, rsaSn?, platformCertificates }>',
    );
  if (given.length > 0)
    throw new InvalidWechatLogisticsOptionsError(
      `${field}.${given[0]}`,
      'cannot be given beside apiSecurity.keys: the provider answers all the keys',
    );
  return {
    kind: 'provider',
    provider: options.keys,
    cacheMs:
      positiveNumber(options, 'keysCacheSeconds', 60, `${field}.`) * 1000,
  };
}

function apisOf(
  value: unknown,
  field: string,
): ReadonlyMap<string, WechatApiSecurityMode> {
  const apis = new Map<string, WechatApiSecurityMode>();
  if (value === undefined) return apis;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InvalidWechatLogisticsOptionsError(
      field,
      "must be an object mapping an API (`logistics.getAllAccount` or its path `/cgi-bin/…`) to 'required', 'supported' or 'off'",
    );
  for (const [api, mode] of Object.entries(value)) {
    if (!/^(\/[\w./-]+|[a-z][A-Za-z]*\.[a-z][A-Za-z]*)$/.test(api))
      throw new InvalidWechatLogisticsOptionsError(
        field,
        `has the key ${JSON.stringify(api.slice(0, 64))}: keys are API names (\`logistics.getAllAccount\`) or paths (\`/cgi-bin/express/business/account/getall\`)`,
      );
    if (!MODES.includes(mode as WechatApiSecurityMode))
      throw new InvalidWechatLogisticsOptionsError(
        `${field}.${api}`,
        "must be 'required', 'supported' or 'off'",
      );
    apis.set(api, mode as WechatApiSecurityMode);
  }
  return apis;
}
