/**
 * `--format junit`: JUnit XML for GitLab, Jenkins and Azure Pipelines. One test suite; one test case per
 * release checked, failing when it has errors, with one failure listing every problem (JUnit readers
 * show only one failure per case). Warnings alone leave the case passing, listed in its system-out.
 * XMLBuilder escapes the text; characters XML 1.0 cannot hold at all are replaced first.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { countBySeverity, describeCounts, plural } from '../../core';
import { isError, oneBased, relativePath, type ReportedFile, type ValidationReport } from './report';

// Control characters (other than tab, LF, CR), lone surrogates and U+FFFE/U+FFFF are not XML, even escaped.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

function problemLines(name: string, file: ReportedFile): string {
  return file.diagnostics
    .map((diagnostic) => {
      const { line, column } = oneBased(diagnostic);
      return `${name}:${line}:${column} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}\n`;
    })
    .join('');
}

function testCase(report: ValidationReport, file: ReportedFile): Record<string, unknown> {
  const name = xmlText(relativePath(report.cwd, file.file));
  const counts = countBySeverity(file.diagnostics);
  const listing = xmlText(problemLines(name, file));
  const testcase: Record<string, unknown> = { '@_name': name, '@_classname': 'pressroom', '@_file': name };
  if (file.diagnostics.some(isError)) {
    testcase.failure = { '@_message': `${name}: ${describeCounts(counts)}`, '@_type': 'pressroom', '#text': listing };
  } else if (file.diagnostics.length > 0) {
    testcase['system-out'] = listing;
  }
  return testcase;
}

export function formatJunit(report: ValidationReport): string {
  const failures = report.files.filter((file) => file.diagnostics.some(isError)).length;
  const tests = report.files.length;
  const suite = {
    '@_name': 'Pressroom',
    '@_tests': tests,
    '@_failures': failures,
    '@_errors': 0,
    '@_skipped': 0,
    testcase: report.files.map((file) => testCase(report, file)),
  };
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    testsuites: { '@_name': `Pressroom: ${plural(tests, 'release')} checked`, '@_tests': tests, '@_failures': failures, '@_errors': 0, testsuite: suite },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });
  return builder.build(document);
}
