import { type RouteHandler } from '../../http/emulator-route';
import { okReply } from '../../http/wechat-reply';
import { shippingError } from '../shipping-errmsgs';

/** POST /wxa/sec/order/set_msg_jump_path (§4.6): per app; an empty path restores WeChat's default page. */
export const setMsgJumpPathHandler: RouteHandler = ({ body }, { shipping }) => {
  const path = body['path'];
  if (path !== undefined && typeof path !== 'string')
    return shippingError(47001);
  shipping.recordMsgJumpPath(path ?? '');
  return okReply();
};
