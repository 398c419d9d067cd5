/**
 * The request config the library hands to axios: a subset of axios's
 * `AxiosRequestConfig`, declared here so that neither the library nor its
 * published types need `@nestjs/axios` or `axios` unless the app uses them.
 */
export interface WechatAxiosRequestConfig {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  data?: string;
  timeout: number;
  signal: AbortSignal;
  responseType: 'text';
  transformResponse: ((data: unknown) => unknown)[];
  validateStatus: (status: number) => boolean;
  maxRedirects: number;
  maxContentLength: number;
}

/**
 * What the library uses of `@nestjs/axios`'s `HttpService`: its axios instance,
 * so the app's interceptors, default headers, proxy, agents and TLS options
 * apply to every request to WeChat, token endpoints included.
 */
export interface WechatHttpService {
  readonly axiosRef: {
    request(
      config: WechatAxiosRequestConfig,
    ): Promise<{ status: number; data: unknown; headers?: unknown }>;
  };
}
