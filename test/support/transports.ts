/**
 * The two ways the library reaches WeChat; the contract and fault suites run
 * on each (`describe.each(TRANSPORTS)`), since both must behave the same.
 * - `node:http`: the library's own keep-alive client (the default);
 * - `HttpService`: the app's @nestjs/axios HttpService (`httpService` option).
 */
export const TRANSPORTS = ['node:http', 'HttpService'] as const;
export type TransportName = (typeof TRANSPORTS)[number];

/** The demo's environment variable for the same choice. */
export function demoTransportEnv(
  transport: TransportName,
): Record<string, string> {
  return {
    WECHAT_HTTP_CLIENT: transport === 'HttpService' ? 'http-service' : 'node',
  };
}
