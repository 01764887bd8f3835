/** HTML escaping for text and attribute values. Every string that reaches the preview's HTML passes here. */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and for double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** The text of a scalar front matter value; objects, arrays and nulls have none. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return undefined;
}

/** A non-empty trimmed scalar, or undefined. */
export function nonEmptyText(value: unknown): string | undefined {
  const text = scalarText(value)?.trim();
  return text ? text : undefined;
}
