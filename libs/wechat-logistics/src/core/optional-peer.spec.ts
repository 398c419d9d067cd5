import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { isPeerNotInstalled, requireOptionalPeer } from './optional-peer';

/** An error made in another realm (a vm context), as Jest's resolver's error is to the code it runs. */
function foreignError(message: string, code: string): unknown {
  return runInNewContext('Object.assign(new Error(message), { code })', {
    message,
    code,
  });
}

describe('requireOptionalPeer', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'optional-peer-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  function peer(file: string, source: string): string {
    const path = join(folder, file);
    writeFileSync(path, source);
    return path;
  }

  it('loads an installed peer', () => {
    const path = peer('installed.js', 'module.exports = { loaded: true };');
    expect(requireOptionalPeer(path)).toEqual({ loaded: true });
  });

  it('answers undefined for a peer that is not installed, under Jest, whose resolver error comes from another realm', () => {
    expect(
      requireOptionalPeer('@nestjs-wechat-logistics/never-installed'),
    ).toBeUndefined();
  });

  it('rethrows when the peer is installed but its own dependency is missing', () => {
    const path = peer(
      'broken-dependency.js',
      "require('@nestjs-wechat-logistics/missing-dependency');",
    );
    expect(() => requireOptionalPeer(path)).toThrow(
      /Cannot find module '@nestjs-wechat-logistics\/missing-dependency'/,
    );
  });

  it('rethrows an error the peer throws while it loads', () => {
    const path = peer('throws.js', "throw new TypeError('peer broke');");
    expect(() => requireOptionalPeer(path)).toThrow('peer broke');
  });
});

describe('isPeerNotInstalled', () => {
  it.each([
    [
      "Node's require",
      "Cannot find module 'bullmq'\nRequire stack:\n- /app/x.js",
      'MODULE_NOT_FOUND',
    ],
    [
      "Jest's resolver",
      "Cannot find module 'bullmq' from 'node_modules/nestjs-wechat-logistics/optional-peer.js'",
      'MODULE_NOT_FOUND',
    ],
    [
      "Node's ESM loader",
      "Cannot find package 'bullmq' imported from /app/x.mjs",
      'ERR_MODULE_NOT_FOUND',
    ],
  ])(
    'recognises the peer not installed, told by %s in another realm',
    (_runtime, message, code) => {
      const error = foreignError(message, code);
      expect(error instanceof Error).toBe(false);
      expect(isPeerNotInstalled(error, 'bullmq')).toBe(true);
    },
  );

  it.each([
    [
      'its own dependency missing',
      foreignError(
        "Cannot find module 'ioredis' from 'bullmq/x.js'",
        'MODULE_NOT_FOUND',
      ),
    ],
    [
      'a longer name that starts with the peer',
      foreignError("Cannot find module 'bullmq-pro'", 'MODULE_NOT_FOUND'),
    ],
    [
      'the right message with another code',
      foreignError("Cannot find module 'bullmq'", 'ERR_REQUIRE_ESM'),
    ],
    ['an error without a code', new Error("Cannot find module 'bullmq'")],
    ['a thrown string', "Cannot find module 'bullmq'"],
    ['null', null],
  ])('is not "not installed": %s', (_case, error) => {
    expect(isPeerNotInstalled(error, 'bullmq')).toBe(false);
  });
});
