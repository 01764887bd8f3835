import * as assert from 'node:assert/strict';
import { buildCsp } from '../../../src/core/render';
import { createNonce } from '../../../src/vscode/preview/nonce';

describe('createNonce (the preview adapter)', () => {
  it('is 16 random bytes as 24 base64 characters, accepted by the CSP builder', () => {
    const nonce = createNonce();
    assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
    assert.equal(buildCsp({ cspSource: "'self'", nonce, remoteImages: false }).includes(`script-src 'nonce-${nonce}'`), true);
  });

  it('differs between calls', () => {
    const nonces = new Set(Array.from({ length: 20 }, createNonce));
    assert.equal(nonces.size, 20);
  });
});
