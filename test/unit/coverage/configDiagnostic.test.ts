/** A configuration problem placed on the configuration file, as the editor shows it. */
import * as assert from 'node:assert/strict';
import { CONFIG_FALLBACK_NOTE, configDiagnostic } from '../../../src/core';

describe('configDiagnostic', () => {
  it('places the problem by offsets after the BOM and ends its message with one full stop before the note', () => {
    const text = '\uFEFF{\n  "globs": 3\n}\n';
    const diagnostic = configDiagnostic(text, { message: '"globs" must be a list', startOffset: 13, endOffset: 14 });
    assert.deepEqual(
      { code: diagnostic.code, severity: diagnostic.severity, message: diagnostic.message, range: diagnostic.range },
      { code: 'invalid-config', severity: 'error', message: `"globs" must be a list. ${CONFIG_FALLBACK_NOTE}`, range: { start: { line: 1, character: 11 }, end: { line: 1, character: 12 } } },
    );
    assert.equal(configDiagnostic(text, { message: 'Did you mean "globs"?', startOffset: 0, endOffset: 1 }).message, `Did you mean "globs"? ${CONFIG_FALLBACK_NOTE}`);
  });
});
