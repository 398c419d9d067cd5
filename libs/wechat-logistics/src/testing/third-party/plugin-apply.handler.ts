import { type RouteHandler } from '../http/emulator-route';
import { errorReply, okReply } from '../http/wechat-reply';

/**
 * The apply calls only a third-party platform may make (`open_openmsg`,
 * `open_query_plugin`, `return/open_return`; waybill-tracking-and-returns.md
 * §4.8, §4.9, §5.5), one handler per component: 933004 unless the call came
 * with an authorizer token, 933003 once the component is on, else ok.
 */
export function pluginApplyHandler(component: string): RouteHandler {
  return (request, { plugins }) => {
    if (request.credential !== 'authorizer-token') return errorReply(933004);
    if (plugins.applied(component)) return errorReply(933003);
    plugins.enable(component);
    return okReply();
  };
}
