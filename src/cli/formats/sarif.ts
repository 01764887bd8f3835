/**
 * `--format sarif`: a SARIF 2.1.0 log for GitHub code scanning (github/codeql-action/upload-sarif) and
 * other SARIF viewers. Paths are relative to the working folder (%SRCROOT%); fingerprints come from the
 * file, the code, the field and the message, so they survive lines moving above a problem.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Log, Result } from 'sarif';
import { CLI_VERSION } from '../version';
import { oneBased, relativePath, type ValidationReport } from './report';
import { sarifLevel, sarifRules } from './sarifRules';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'pressroomProblem/v1';

/** A relative path as a URI reference: each segment percent-encoded (spaces, `#`, Unicode), slashes kept. */
function uriOf(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

function fingerprint(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

export function formatSarif(report: ValidationReport): string {
  const codes = report.files.flatMap((file) => file.diagnostics.map((diagnostic) => diagnostic.code));
  const rules = sarifRules(codes);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results: Result[] = [];
  for (const { file, diagnostics } of report.files) {
    const uri = uriOf(relativePath(report.cwd, file));
    // The same problem twice in one file (two identical fields) keeps two fingerprints.
    const seen = new Map<string, number>();
    for (const diagnostic of diagnostics) {
      const { line, column, endLine, endColumn } = oneBased(diagnostic);
      const identity = [uri, diagnostic.code, JSON.stringify(diagnostic.path), diagnostic.message];
      const key = identity.join('\u0000');
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      results.push({
        ruleId: diagnostic.code,
        ruleIndex: ruleIndex.get(diagnostic.code),
        level: sarifLevel(diagnostic.severity),
        message: { text: diagnostic.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: line, startColumn: column, endLine, endColumn },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint([...identity, String(occurrence)]) },
      });
    }
  }
  const root = pathToFileURL(report.cwd.endsWith('/') ? report.cwd : `${report.cwd}/`).href;
  const log: Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Pressroom',
            informationUri: 'https://github.com/pressroom-dev/pressroom',
            version: CLI_VERSION,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: root } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
