/**
 * `--format github`: GitHub Actions workflow commands, which the runner turns into annotations on the
 * pull request's changed lines. Escaped as the runner reads them: `%`, CR and LF in messages; also `:`
 * and `,` in properties, which are `name=value` pairs separated by commas.
 */
import type { Severity } from '../../core';
import { oneBased, relativePath, type ValidationReport } from './report';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', information: 'notice' };

export function formatGithub(report: ValidationReport): string {
  let out = '';
  for (const { file, diagnostics } of report.files) {
    const name = relativePath(report.cwd, file);
    for (const diagnostic of diagnostics) {
      const { line, column, endLine, endColumn } = oneBased(diagnostic);
      const properties = [
        `file=${escapeProperty(name)}`,
        `line=${line}`,
        `col=${column}`,
        `endLine=${endLine}`,
        `endColumn=${endColumn}`,
        `title=${escapeProperty(`Pressroom ${diagnostic.code}`)}`,
      ];
      out += `::${COMMANDS[diagnostic.severity]} ${properties.join(',')}::${escapeData(diagnostic.message)}\n`;
    }
  }
  return out;
}
