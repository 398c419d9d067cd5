import { type CarrierCodeMatch } from './carrier-code-match';
import { type CarrierListEntry } from './carrier-list-entry';
import { matchCarrierCodes } from './match-carrier-codes';

const carrier = (
  deliveryId: string,
  deliveryName: string,
): CarrierListEntry => ({
  deliveryId,
  deliveryName,
});

/** What the mapping says about `deliveryId`, reduced to code and rule (or the reason it has none). */
function verdict(match: CarrierCodeMatch | undefined): string {
  if (!match) return 'absent';
  return match.mapped
    ? `${match.trackingCode} by ${match.rule}`
    : `${match.reason}${match.candidates.length ? `: ${match.candidates.map((c) => c.deliveryId).join(', ')}` : ''}`;
}

describe('matchCarrierCodes', () => {
  describe('rule 1: an override comes first', () => {
    it('beats a match the lists would give', () => {
      const mapping = matchCarrierCodes(
        [carrier('SF', '顺丰速运')],
        [carrier('SF', '顺丰速运'), carrier('SFKY', '顺丰快运')],
        { SF: 'SFKY' },
      );
      expect(verdict(mapping.get('SF'))).toBe('SFKY by override');
      expect(mapping.get('SF')).toMatchObject({
        deliveryName: '顺丰速运',
        trackingName: '顺丰快运',
      });
    });

    it('maps an id neither list has, to a code the tracking list lacks (trusted as given)', () => {
      const mapping = matchCarrierCodes([carrier('TEST', '测试快递公司')], [], {
        TEST: 'TEST',
        LOCAL: 'MY-CARRIER',
      });
      expect(verdict(mapping.get('TEST'))).toBe('TEST by override');
      expect(mapping.get('LOCAL')).toEqual({
        mapped: true,
        deliveryId: 'LOCAL',
        deliveryName: undefined,
        trackingCode: 'MY-CARRIER',
        trackingName: undefined,
        rule: 'override',
      });
    });
  });

  describe('rule 2: the same id in both lists when the names agree', () => {
    it('maps an id whose names differ only by the carrier word', () => {
      // By name alone 中通 is ambiguous here: only the shared id decides.
      const mapping = matchCarrierCodes(
        [carrier('ZTO', '中通快递')],
        [carrier('ZTO', '中通速递'), carrier('ZTOEX', '中通快递')],
      );
      expect(verdict(mapping.get('ZTO'))).toBe('ZTO by same-id');
    });

    it('takes a name that only restates the id as agreeing (EMS / 中国邮政速递物流)', () => {
      const mapping = matchCarrierCodes(
        [carrier('EMS', '中国邮政速递物流')],
        [carrier('EMS', 'EMS')],
      );
      expect(verdict(mapping.get('EMS'))).toBe('EMS by same-id');
    });

    it('does not trust an id the other list gives to another carrier', () => {
      const mapping = matchCarrierCodes(
        [carrier('DB', '德邦快递')],
        [carrier('DB', 'DB Schenker'), carrier('DBL', '德邦快递')],
      );
      expect(verdict(mapping.get('DB'))).toBe('DBL by same-name');
    });
  });

  describe('rule 3: exactly one tracking carrier with the same name', () => {
    it('matches across width, spaces and company form', () => {
      const mapping = matchCarrierCodes(
        [carrier('JD', '京东快递')],
        [carrier('JDL', '京东 快递 有限公司'), carrier('JDKY', '京东快运')],
      );
      expect(verdict(mapping.get('JD'))).toBe('JDL by same-name');
    });

    it('prefers the one exact name over stems that also match', () => {
      const mapping = matchCarrierCodes(
        [carrier('DB', '德邦快递')],
        [carrier('DBL', '德邦快递'), carrier('DBWL', '德邦物流')],
      );
      expect(verdict(mapping.get('DB'))).toBe('DBL by same-name');
    });

    it('reports two tracking carriers with that name as ambiguous', () => {
      const mapping = matchCarrierCodes(
        [carrier('XX', '星星快递')],
        [carrier('XX1', '星星快递'), carrier('XX2', '星星 快递')],
      );
      expect(verdict(mapping.get('XX'))).toBe('ambiguous: XX1, XX2');
    });
  });

  describe('rule 4: exactly one tracking carrier with the same name stem', () => {
    it('maps 韵达快递 to YD 韵达速递, past the freight line 韵达快运', () => {
      const mapping = matchCarrierCodes(
        [carrier('YUNDA', '韵达快递')],
        [carrier('YD', '韵达速递'), carrier('YDKY', '韵达快运')],
      );
      expect(verdict(mapping.get('YUNDA'))).toBe('YD by same-name-stem');
    });

    it('reports two carriers sharing the stem as ambiguous, naming both', () => {
      const mapping = matchCarrierCodes(
        [carrier('DB', '德邦')],
        [carrier('DBL', '德邦快递'), carrier('DBWL', '德邦物流')],
      );
      expect(verdict(mapping.get('DB'))).toBe('ambiguous: DBL, DBWL');
    });
  });

  it('leaves a carrier no rule matches unmapped (no guess)', () => {
    const mapping = matchCarrierCodes(
      [carrier('PJ', '品骏快递'), carrier('TEST', '测试快递公司')],
      [carrier('SF', '顺丰速运'), carrier('PJKY', '品骏快运')],
    );
    expect(verdict(mapping.get('PJ'))).toBe('no-match');
    expect(verdict(mapping.get('TEST'))).toBe('no-match');
  });

  it('maps every logistics carrier exactly once, ignoring malformed entries and repeats', () => {
    const mapping = matchCarrierCodes(
      [
        carrier('SF', '顺丰速运'),
        carrier('SF', '别的名字'),
        { deliveryName: '无id' } as unknown as CarrierListEntry,
      ],
      [carrier('SF', '顺丰速运'), null as unknown as CarrierListEntry],
    );
    expect([...mapping.keys()]).toEqual(['SF']);
    expect(verdict(mapping.get('SF'))).toBe('SF by same-id');
  });
});
