import { type RouteHandler } from '../../http/emulator-route';
import { errorReply, jsonReply, okReply } from '../../http/wechat-reply';
import { isNonEmptyString } from '../../http/json-values';

/** "123,456": numeric ids, comma-separated, no spaces, at most 10 (§5.1). */
const TAGID_LIST = /^\d+(,\d+){0,9}$/;

/**
 * GET (or POST, §12.1) /cgi-bin/express/business/printer/getall (§5.2), bare
 * like WeChat's example. `tagid_list` is the union of every printer's tags:
 * the docs type it as a flat list of tag ids, not one entry per printer.
 */
export const getPrinterHandler: RouteHandler = (_request, { printers }) => {
  const all = printers.list();
  const tagids = [...new Set(all.flatMap((printer) => printer.tagids))];
  return jsonReply({
    count: all.length,
    openid: all.map((printer) => printer.openid),
    tagid_list: tagids,
  });
};

/**
 * POST /cgi-bin/express/business/printer/update (§5.1). A missing openid is a
 * plain args error; a bad update_type or tag list has its own errcode. Binding
 * again replaces the tags; unbinding an unknown openid is accepted (the docs
 * define no errcode for it, so it is treated as already done).
 */
export const updatePrinterHandler: RouteHandler = ({ body }, { printers }) => {
  const { openid, update_type: updateType, tagid_list: tagidList } = body;
  if (!isNonEmptyString(openid)) return errorReply(930561);
  if (updateType !== 'bind' && updateType !== 'unbind') {
    return errorReply(9300517);
  }
  const tagids = parseTagids(tagidList);
  if (!tagids) return errorReply(9300533);

  if (updateType === 'unbind') printers.unbind(openid);
  else printers.bind(openid, tagids);
  return okReply();
};

/** The tag ids, or undefined when not in the documented format. Absent or '' means none. */
function parseTagids(value: unknown): string[] | undefined {
  if (value === undefined || value === '') return [];
  return typeof value === 'string' && TAGID_LIST.test(value)
    ? value.split(',')
    : undefined;
}
