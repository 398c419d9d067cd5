import { type AppApiSecurity } from './app-api-security';

/** What the caller needs to know of an app about API security: its keys, if any, and its appId for the error when keys are missing. */
export interface CallSecurity {
  readonly appId: string | undefined;
  /** Undefined when the app has no `apiSecurity`. */
  readonly apiSecurity: AppApiSecurity | undefined;
}
