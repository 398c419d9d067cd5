/**
 * How carrier names are compared across WeChat's two carrier lists, which
 * name the same company differently (韵达快递 / 韵达速递, 中国邮政速递物流 / EMS).
 *
 * `canonicalCarrierName` removes what never tells two carriers apart: width
 * (ＥＭＳ, （）), letter case, spaces and punctuation, and the company form
 * (有限公司, 股份, 集团, Co. Ltd.). `carrierNameStem` further drops a trailing
 * word that only says "parcel carrier" (快递, 速递, 速运, 物流, 快件, Express,
 * Logistics, Courier), so 韵达快递 and 韵达速递 meet at 韵达.
 *
 * Never dropped, because each names a different business of the same group
 * with a code of its own in both lists: 快运 (freight: 中通快运 is not 中通快递,
 * 韵达快运 is not 韵达快递, 德邦快运 is not 德邦快递), 国际, 同城, 冷链, 包裹
 * (邮政快递包裹 is not EMS). A stem is never shorter than two characters, so a
 * suffix is not mistaken for the name.
 */

/** Company forms, longest first so 股份有限公司 goes as one. */
const COMPANY_FORMS = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '股份公司',
  '集团公司',
  '集团',
  '股份',
  '公司',
  'coltd',
  'limited',
  'ltd',
  'inc',
  'corp',
];

/** Words that only say "carrier"; 快运 is deliberately absent (see above). */
const CARRIER_WORDS = [
  '快递',
  '速递',
  '速运',
  '物流',
  '快件',
  'express',
  'logistics',
  'courier',
];

const MIN_STEM_LENGTH = 2;
/** Whitespace, punctuation and symbols in any script (·, （, &, -, …). */
const NOISE = /[\s\p{P}\p{S}]/gu;

export function canonicalCarrierName(name: string): string {
  const plain = name.normalize('NFKC').toLowerCase().replace(NOISE, '');
  return stripTrailing(plain, COMPANY_FORMS);
}

export function carrierNameStem(name: string): string {
  return stripTrailing(canonicalCarrierName(name), CARRIER_WORDS);
}

/** Drops any of `words` from the end, repeatedly (中国邮政速递物流 → 中国邮政), keeping at least two characters. */
function stripTrailing(text: string, words: readonly string[]): string {
  let rest = text;
  for (;;) {
    const word = words.find(
      (candidate) =>
        rest.endsWith(candidate) &&
        [...rest].length - [...candidate].length >= MIN_STEM_LENGTH,
    );
    if (word === undefined) return rest;
    rest = rest.slice(0, rest.length - word.length);
  }
}
