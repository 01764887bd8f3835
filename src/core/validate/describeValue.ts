/** Words for JSON types and values, as a press officer would say them. */

export function typeInWords(type: string): string {
  switch (type) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'integer':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'a group of fields';
    case 'array':
      return 'a list';
    case 'null':
      return 'empty';
    default:
      return type;
  }
}

export function typeOfValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const MAX_QUOTED = 60;

function shortened(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

/** A value quoted for a message, shortened when long. */
export function quoteValue(value: unknown): string {
  return `"${shortened(typeof value === 'string' ? value : flowText(value))}"`;
}

/**
 * A value as an author would read it in YAML: text in quotes, numbers and true/false as they are, null as
 * "empty", lists and groups in flow form (`[news, 2]`, `{name: Jo}`), never `[object Object]`.
 */
export function valueInWords(value: unknown): string {
  if (typeof value === 'string') return quoteValue(value);
  if (value === null || value === undefined) return 'empty';
  return shortened(flowText(value));
}

function flowText(value: unknown, depth = 0): string {
  if (typeof value === 'string') return depth === 0 ? value : /^[\w .@/-]*$/.test(value) && value.trim() === value && value !== '' ? value : JSON.stringify(value);
  if (value === null || value === undefined) return 'null';
  if (depth > 3) return '…';
  if (Array.isArray(value)) return `[${value.map((item) => flowText(item, depth + 1)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => `${key}: ${flowText(item, depth + 1)}`);
    return `{${entries.join(', ')}}`;
  }
  return String(value);
}

/** "a", "a or b", "a, b or c" (or "and"). */
export function listInWords(items: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Values the schema allows, in words, at most `limit` of them before "and N more". */
export function allowedInWords(values: readonly unknown[], limit = 10): string {
  const shown = values.slice(0, limit).map(valueInWords);
  if (values.length > limit) return `${shown.join(', ')} or one of ${values.length - limit} more`;
  return listInWords(shown);
}

/** The value a rule was broken by, for the end of a sentence: `not "english"`, `not 2.5`, `not [a, b]`. */
export function notValue(value: unknown): string {
  return `not ${valueInWords(value)}`;
}

/** 1 → "1st", 2 → "2nd", 11 → "11th". */
export function ordinal(count: number): string {
  const tens = count % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][count % 10] ?? 'th');
  return `${count}${suffix}`;
}
