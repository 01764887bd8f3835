/** Words for JSON types and values, as a press officer would say them. */

export function typeInWords(type: string): string {
  switch (type) {
    case 'string':
      return 'text';
    case 'number':
    case 'integer':
      return 'a number';
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

/** A value quoted for a message, shortened when long. */
export function quoteValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const short = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
  return `"${short}"`;
}
