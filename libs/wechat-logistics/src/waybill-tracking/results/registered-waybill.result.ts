import { ApiField } from '../../core/validation/fields/api-field.decorator';
import {
  type FollowWaybillToken,
  type TraceWaybillToken,
} from '../waybill-token';

const TOKEN_EXAMPLE =
  'o_ARWHaxIxzWHmdui-AIw9KBr8qNnbmc08V0KhDyXE-IMLo6AcOqJkPsNLcLzfTb';

/** Result of `tracking.traceWaybill`. */
export class TraceWaybillResult {
  /**
   * Store it with the order: the mini program opens WeChat's tracking page
   * with `openWaybillTracking({ waybillToken })`, and queryTrace /
   * updateWaybillGoods take it. No expiry is documented (§4.11).
   */
  @ApiField({
    type: String,
    description:
      "The query component's token: for openWaybillTracking, queryTrace and updateWaybillGoods",
    example: TOKEN_EXAMPLE,
  })
  waybillToken!: TraceWaybillToken;
}

/** Result of `tracking.followWaybill`. */
export class FollowWaybillResult {
  /** For queryFollowTrace and updateFollowWaybillGoods; not traceWaybill's token. */
  @ApiField({
    type: String,
    description:
      "The message component's token: for queryFollowTrace and updateFollowWaybillGoods",
    example: TOKEN_EXAMPLE,
  })
  waybillToken!: FollowWaybillToken;
}
