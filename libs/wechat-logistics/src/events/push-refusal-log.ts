import { Logger } from '@nestjs/common';
import { logFields } from '../core/logging/log-fields';
import { OncePerInterval } from '../core/logging/once-per-interval';
import { WechatPushError } from '../push/wechat-push.error';

/**
 * Where a refused push is logged. A refusal the app's own configuration
 * caused (no raw body, a wrong Token or EncodingAESKey, another app's AppID,
 * no push settings) is a WARN naming the cause and the fix, once per cause
 * per app per minute: every push fails the same way until someone fixes it,
 * and only WeChat sees the answers. Anything a sender caused (a forged or
 * malformed request) is debug: anyone can send those.
 * Never the body, the query or a secret.
 */
export class PushRefusalLog {
  private readonly logger = new Logger('WechatLogistics');
  private readonly warnings = new OncePerInterval();

  report(error: unknown, appId: string | undefined): void {
    if (!(error instanceof WechatPushError)) return;
    const fields = { appId, reason: error.reason, status: error.httpStatus };
    const misconfiguration = error.misconfiguration;
    if (!misconfiguration) {
      this.logger.debug(`Push refused ${logFields(fields)}`);
      return;
    }
    const left = this.warnings.take(`${misconfiguration.cause}|${appId ?? ''}`);
    if (left === undefined) return;
    this.logger.warn(
      `Push refused because of this app's configuration (${misconfiguration.cause}): ${misconfiguration.fix} ${logFields({ ...fields, suppressedSinceLastLine: left > 0 ? left : undefined })}`,
    );
  }
}
