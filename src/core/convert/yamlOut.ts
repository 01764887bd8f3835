/** Writes front matter values safely: the yaml package quotes what needs quoting. */
import { stringify } from 'yaml';

export function yamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0, minContentWidth: 0 }).trimEnd();
}

/** Always double-quoted: phone numbers and dates must stay strings whatever their digits. */
export function yamlQuoted(value: string): string {
  return stringify(value, { lineWidth: 0, minContentWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }).trimEnd();
}

export function yamlKey(key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? key : yamlQuoted(key);
}
