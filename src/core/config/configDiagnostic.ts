/** A configuration file's problem as a diagnostic on that file, the same in the editor and the CLI. */
import { placeDiagnostic, type ReleaseDiagnostic } from '../diagnostics';
import { withoutBom } from '../text/bom';
import { LineIndex } from '../text/lineIndex';
import type { ConfigProblem } from './projectConfig';

export const CONFIG_FALLBACK_NOTE = 'Pressroom checks releases without it until it is fixed';

export function configDiagnostic(rawText: string, problem: ConfigProblem): ReleaseDiagnostic {
  const lines = new LineIndex(withoutBom(rawText));
  return placeDiagnostic(
    { code: 'invalid-config', message: `${problem.message}${/[.?!]$/.test(problem.message) ? '' : '.'} ${CONFIG_FALLBACK_NOTE}` },
    { range: lines.rangeOf(problem.startOffset, problem.endOffset), startOffset: problem.startOffset, endOffset: problem.endOffset },
  );
}
