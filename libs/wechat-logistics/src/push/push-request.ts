import { type RawPushQuery } from './push-query';

/** One push (POST) or URL check (GET) as the framework received it. */
export interface PushRequest {
  /**
   * The query as the framework parsed it (`@Query()`). Repeated, structured
   * or oversized signed parameters are refused as malformed (400).
   */
  query: RawPushQuery;
  /**
   * The raw body: verification needs the exact bytes WeChat sent, not a
   * re-serialised object. `undefined` (what `req.rawBody` is when the app was
   * not created with `rawBody: true` or has no parser for the content type) is
   * refused with an error that says how to set that up.
   */
  body: string | Buffer | undefined;
  /** Only its `charset` is read: anything but UTF-8 is refused. */
  contentType?: string;
}
