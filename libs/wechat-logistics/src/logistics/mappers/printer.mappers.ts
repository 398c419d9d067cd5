import { type GetPrinterResult } from '../results';
import { type WireObject, readNumber, readStrings } from '../../core/wire/reply-fields';

export function toGetPrinterResult(reply: WireObject): GetPrinterResult {
  const openid = readStrings(reply, 'openid');
  return {
    count: readNumber(reply, 'count', openid.length),
    openid,
    tagidList: readStrings(reply, 'tagid_list'),
  };
}
