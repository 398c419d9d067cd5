/**
 * Cloud Hosting's 微信令牌权限配置: the API paths the open API service
 * (开放接口服务) vouches for. In the console each path is enabled one by one;
 * in the emulator every path starts enabled so tests opt into refusals, and
 * a withdrawn path answers token-less calls as WeChat does: 41001, as if the
 * token were missing (the platform never supplied one). Only consulted in
 * Cloud Hosting mode (`cloudHosting: true`).
 */
export class OpenApiPermissions {
  private readonly denied = new Set<string>();

  constructor(private readonly known: ReadonlySet<string>) {}

  /** Withdraws the permission for `path` (a `WECHAT_PATHS` business path). */
  deny(path: string): void {
    this.denied.add(this.check(path));
  }

  /** Grants it back. */
  allow(path: string): void {
    this.denied.delete(this.check(path));
  }

  allows(path: string): boolean {
    return !this.denied.has(path);
  }

  /** Paths withdrawn so far, in the order they were denied. */
  deniedPaths(): string[] {
    return [...this.denied];
  }

  /** Every path enabled again (`emulator.reset()`). */
  reset(): void {
    this.denied.clear();
  }

  /** A typo would otherwise deny nothing and let the test pass for the wrong reason. */
  private check(path: string): string {
    if (!this.known.has(path)) {
      throw new RangeError(
        `openApi: "${path}" is not an API path the emulator serves (use WECHAT_PATHS; token endpoints need no permission)`,
      );
    }
    return path;
  }
}
