/** Messages for rules about one value: its type, allowed values, format, pattern, length and size. */
import { PRESS_DATE_FORMAT } from '../dates/pressDate';
import { requiredOf, schemaAt } from '../schema/navigate';
import { pressDateMessage } from './dateMessages';
import { allowedInWords, listInWords, notValue, typeInWords, typeOfValue, valueInWords } from './describeValue';
import { formatInWords } from './formatWords';
import { atValue, limitOf, type MessageContext, type SchemaProblem, type Subject } from './problemTypes';

export function typeProblem(subject: Subject, context: MessageContext): SchemaProblem {
  const { error, label, value, path } = subject;
  const named = (error.params as { type?: unknown }).type;
  const expected = (Array.isArray(named) ? named.map(String) : String(named).split(',')).filter((type) => type !== '');
  const actual = typeOfValue(value);
  const source = context.sourceText(path);
  const children = requiredOf(context.root, schemaAt(context.root, path) ?? {});
  if (expected.includes('object') && actual === 'null' && children.length > 0) {
    return atValue(subject, { code: 'wrong-type', message: `${label} is empty: add its ${children.join(', ')}`, data: { expected, actual } });
  }
  // A number that is not whole reads better as itself: "must be a whole number, not 2.5".
  const actualWords = actual === 'number' && expected.includes('integer') ? String(value) : typeInWords(actual);
  let message = `${label} must be ${listInWords(expected.map(typeInWords))}, not ${actualWords}`;
  if (expected.includes('string') && actual === 'number' && source && /^[+]?0\d/.test(source)) {
    message += `; put it in quotes ("${source}") so the leading zero is kept`;
  }
  return atValue(subject, { code: 'wrong-type', message, data: { expected, actual, ...(source === undefined ? {} : { source }) } });
}

export function enumProblem(subject: Subject): SchemaProblem {
  const allowed = (subject.error.params as { allowedValues?: unknown[] }).allowedValues ?? [];
  const choice = allowed.length > 2 ? `one of ${allowedInWords(allowed)}` : allowedInWords(allowed);
  return atValue(subject, { code: 'not-allowed-value', message: `${subject.label} must be ${choice}, ${notValue(subject.value)}`, data: { allowed } });
}

export function constProblem(subject: Subject): SchemaProblem {
  const allowed = (subject.error.params as { allowedValue?: unknown }).allowedValue ?? subject.rule.const;
  return atValue(subject, { code: 'not-allowed-value', message: `${subject.label} must be ${valueInWords(allowed)}, ${notValue(subject.value)}`, data: { allowed: [allowed] } });
}

export function formatProblem(subject: Subject): SchemaProblem {
  const format = String((subject.error.params as { format: string }).format);
  if (format === PRESS_DATE_FORMAT) {
    return atValue(subject, { code: 'invalid-date', message: pressDateMessage(subject.label, subject.value), data: { value: String(subject.value) } });
  }
  return atValue(subject, { code: 'invalid-format', message: `${subject.label} must be ${formatInWords(format)}, ${notValue(subject.value)}`, data: { format } });
}

export function patternProblem(subject: Subject): SchemaProblem {
  const hint = subject.rule.patternDescription;
  const pattern = String((subject.error.params as { pattern: string }).pattern);
  const message =
    typeof hint === 'string'
      ? `${subject.label} must be ${hint}, ${notValue(subject.value)}`
      : `${subject.label} must match the pattern ${pattern}, and ${valueInWords(subject.value)} does not`;
  return atValue(subject, { code: 'pattern-mismatch', message });
}

export function lengthProblem(subject: Subject): SchemaProblem {
  const limit = limitOf(subject.error);
  const { label, value } = subject;
  if (subject.error.keyword === 'minLength') {
    return atValue(subject, { code: 'too-short', message: limit <= 1 ? `${label} must not be empty` : `${label} must be at least ${limit} characters long` });
  }
  const length = typeof value === 'string' ? [...value].length : 0;
  return atValue(subject, { code: 'too-long', message: `${label} is too long: ${length} characters, the limit is ${limit}` });
}

const COMPARISON_WORDS: Readonly<Record<string, string>> = { '<=': 'at most', '<': 'less than', '>=': 'at least', '>': 'more than' };

/** minimum, maximum and their exclusive forms (draft-04's boolean ones come as minimum/maximum with < or >). */
export function limitProblem(subject: Subject): SchemaProblem {
  const { comparison } = subject.error.params as { comparison?: string };
  const words = COMPARISON_WORDS[comparison ?? ''] ?? (subject.error.keyword.startsWith('min') || subject.error.keyword === 'exclusiveMinimum' ? 'at least' : 'at most');
  return atValue(subject, { code: 'schema-rule', message: `${subject.label} must be ${words} ${limitOf(subject.error)}, ${notValue(subject.value)}` });
}

export function multipleOfProblem(subject: Subject): SchemaProblem {
  const step = Number((subject.error.params as { multipleOf: unknown }).multipleOf);
  return atValue(subject, { code: 'schema-rule', message: `${subject.label} must be a multiple of ${step}, ${notValue(subject.value)}` });
}
