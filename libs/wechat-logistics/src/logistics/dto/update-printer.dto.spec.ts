import { messagesFor } from './support.spec-helper';
import { UpdatePrinterDto } from './update-printer.dto';

describe('UpdatePrinterDto', () => {
  it.each(['bind', 'unbind'])('accepts updateType %p', (updateType) => {
    expect(messagesFor(UpdatePrinterDto, { openid: 'o', updateType })).toEqual(
      [],
    );
  });

  it('refuses another updateType (WeChat 9300517)', () => {
    expect(
      messagesFor(UpdatePrinterDto, { openid: 'o', updateType: 'Bind' }),
    ).toEqual(['updateType must be one of "bind", "unbind"']);
  });

  it.each(['123', '123,456', '1,2,3,4,5,6,7,8,9,10'])(
    'accepts tagidList %p',
    (tagidList) => {
      expect(
        messagesFor(UpdatePrinterDto, {
          openid: 'o',
          updateType: 'bind',
          tagidList,
        }),
      ).toEqual([]);
    },
  );

  it.each(['123, 456', '1,2,3,4,5,6,7,8,9,10,11', 'a,b', '123,'])(
    'refuses tagidList %p (WeChat 9300533)',
    (tagidList) => {
      expect(
        messagesFor(UpdatePrinterDto, {
          openid: 'o',
          updateType: 'bind',
          tagidList,
        }),
      ).toEqual([
        'tagidList must be up to 10 numeric tag ids separated by commas, without spaces (e.g. "123,456")',
      ]);
    },
  );
});
