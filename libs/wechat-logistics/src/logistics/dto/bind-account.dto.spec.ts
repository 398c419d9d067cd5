import { BindAccountDto } from './bind-account.dto';
import { messagesFor } from './support.spec-helper';

describe('BindAccountDto', () => {
  it('binds without a password (EMS, SF and JD need none)', () => {
    expect(
      messagesFor(BindAccountDto, {
        type: 'bind',
        bizId: 'B',
        deliveryId: 'SF',
      }),
    ).toEqual([]);
  });

  it('refuses a type other than bind or unbind', () => {
    expect(
      messagesFor(BindAccountDto, {
        type: 'rebind',
        bizId: 'B',
        deliveryId: 'SF',
      }),
    ).toEqual(['type must be one of "bind", "unbind"']);
  });
});
