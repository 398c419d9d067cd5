import { createHash } from 'node:crypto';
import { type RouteDefinition } from '../http/emulator-route';
import { isNonEmptyString } from '../http/json-values';
import { errorReply, jsonReply, newRid } from '../http/wechat-reply';

/**
 * 安全风控 getUserRiskRank, served only because it is the API of WeChat's
 * official API-security example (api-security.md §8.1), so the emulator can
 * be checked against that vector end to end. It supports API security.
 */
export const RISK_RANK_PATHS = {
  getUserRiskRank: '/wxa/getuserriskrank',
} as const;

export function riskRankRoutes(): [string, RouteDefinition][] {
  return [
    [
      RISK_RANK_PATHS.getUserRiskRank,
      {
        methods: ['POST'],
        auth: 'access-token',
        body: 'json',
        apiSecurity: 'supported',
        handler: ({ body }) => {
          const { openid, scene, client_ip: clientIp } = body;
          if (
            !isNonEmptyString(openid) ||
            (scene !== 0 && scene !== 1) ||
            !isNonEmptyString(clientIp)
          ) {
            return errorReply(40097, {}, `invalid args rid: ${newRid()}`);
          }
          // Every user is "normal" (0) here; the id is stable per openid.
          const unoinId = createHash('sha256')
            .update(openid)
            .digest()
            .readUInt32BE(0);
          return jsonReply({
            errcode: 0,
            errmsg: 'getuserriskrank succ',
            risk_rank: 0,
            unoin_id: unoinId,
          });
        },
      },
    ],
  ];
}
