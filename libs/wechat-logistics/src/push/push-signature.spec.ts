import {
  computeMsgSignature,
  computeSignature,
  signaturesMatch,
} from './push-signature';

describe('push signatures', () => {
  it('reproduces the official URL verification example (§11.1)', () => {
    expect(computeSignature('AAAAA', '1714036504', '1514711492')).toBe(
      'f464b24fc39322e44b38aa78f5edd27bd1441696',
    );
  });

  it('reproduces the URL signature of the AES test vector (§11.3)', () => {
    expect(computeSignature('testtoken', '1700000000', '123456')).toBe(
      'f23603a2121b10f1cc3648528cd8328baeaf225d',
    );
  });

  it('reproduces the msg_signature of the AES test vector (§11.3)', () => {
    const encrypt =
      'Q3stYC6hdFzMh9T8HCvyDOU4bhG+tpGcxAaSjb9ViygZifRLvKmRjDYQjIY5QqwWz1M3ahGdqC39biUThldy4uL+dg+BVUX7jSoFUDS1hYM6fQDkt1CbQKujHzeZ4K3/wozBT6O5wDm/M4Nxz4hfN/XwgGGxKw3erTcKHUXmst7XgGMMCHjxW7w/dcmORdXBmAzeWn67TwIoLJxXLRW6uejWTK82wsR/q79u7Ylxb3opIIrh85xW2BoQ7iVFqqr0EtsRReAkGKT7euXz4qhO/Yjc89Ozz5xo4cqMLJSgpiNdu0lx2CdvHl9UZAJ3dYHTlN5FziHJM10diuntfFxdSJ8fYnYdaXZ+ImcfoQMJubyjaojX/DQpGeU285PDIlmVB831HFVhEBNKRYRtKtiF7BOVvDubwC6GS7paI7Cc+Hbvk0YjC4sJ/U5gY/5tFCxSQmNqKIIu0Q487sCs2fN+eQ==';
    expect(
      computeMsgSignature('testtoken', '1700000000', '123456', encrypt),
    ).toBe('135ad9dc2fc655e5d5edabf2a7c241b6205be3f4');
  });

  it('does not depend on the order of its inputs, only on their values', () => {
    expect(computeSignature('1514711492', 'AAAAA', '1714036504')).toBe(
      computeSignature('AAAAA', '1714036504', '1514711492'),
    );
  });

  it('matches equal signatures and refuses different ones of any length', () => {
    const signature = 'f464b24fc39322e44b38aa78f5edd27bd1441696';
    expect(signaturesMatch(signature, signature)).toBe(true);
    expect(
      signaturesMatch(signature, 'f464b24fc39322e44b38aa78f5edd27bd1441697'),
    ).toBe(false);
    expect(signaturesMatch(signature, signature.slice(0, 39))).toBe(false);
    expect(signaturesMatch(signature, `${signature}0`)).toBe(false);
    expect(signaturesMatch(signature, '')).toBe(false);
  });
});
