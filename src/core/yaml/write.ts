/**
 * The one way Pressroom writes YAML scalars and keys on a line of their own: whatever is written
 * reads back as exactly the same string, in YAML 1.2 (this project's parser) and YAML 1.1 (older
 * static-site tools, which read `yes` as true, `16:55` as a number and `2020-03-18` as a date).
 * Output is always one line, so it can follow `key: ` at any indentation.
 */
import { isMap, isScalar, parseDocument } from 'yaml';

/** Characters a plain scalar cannot start with (indicators, quotes, whitespace). */
const PLAIN_UNSAFE_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
/** What JSON.stringify leaves raw but YAML must escape: DEL, C1 controls, YAML 1.1 line breaks, BOM, non-characters. */
const NON_PRINTABLE = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;
/** What only a double-quoted scalar can carry: line breaks, controls other than tab, and the above. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const NEEDS_ESCAPE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;

/** `value` plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(value: string): string {
  return readsBackPlain(value) ? value : yamlDoubleQuoted(value);
}

/**
 * Any value a schema allows (`enum`, `const`, examples) as YAML that reads back as that value: text as
 * `yamlScalar` writes it, numbers, booleans and null plain, lists and objects in JSON's flow form.
 */
export function yamlValue(value: unknown): string {
  if (typeof value === 'string') return yamlScalar(value);
  if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return String(value);
  return JSON.stringify(value) ?? 'null';
}

/** A mapping key: plain when YAML reads it back as the same key (`<<` is YAML 1.1's merge key), else double-quoted. */
export function yamlKey(key: string): string {
  if (PLAIN_WORD.test(key) && !SPECIAL_WORD.test(key)) return key;
  return readsBackPlain(key) && readsAsKey(key, '1.1') && readsAsKey(key, '1.2') ? key : yamlDoubleQuoted(key);
}

/** Always double-quoted, for values that must stay strings even after an author edits their digits. */
export function yamlDoubleQuoted(value: string): string {
  // JSON's escapes are a subset of YAML's double-quoted ones.
  return JSON.stringify(value).replace(NON_PRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Single-quoted when that keeps the string (single quotes fold line breaks and cannot escape), else double-quoted. */
export function yamlSingleQuoted(value: string): string {
  if (NEEDS_ESCAPE.test(value)) return yamlDoubleQuoted(value);
  return `'${value.replace(/'/g, "''")}'`;
}

/** A word YAML 1.1 or 1.2 reads as something other than text (booleans and null), whatever its case. */
const SPECIAL_WORD = /^(?:y|n|yes|no|on|off|true|false|null)$/i;
/** Plain text for certain in both versions: letters, `_` and `-`, starting with a letter (no digits: YAML 1.1 reads `e1` as a number). */
const PLAIN_WORD = /^[A-Za-z][A-Za-z_-]*$/;

function readsBackPlain(value: string): boolean {
  // The common case (field names, most single words) needs no parse; anything else is checked by reading it back.
  if (PLAIN_WORD.test(value) && !SPECIAL_WORD.test(value)) return true;
  const looksSafe =
    value !== '' &&
    value === value.trim() &&
    !PLAIN_UNSAFE_START.test(value) &&
    !value.includes('\t') &&
    !NEEDS_ESCAPE.test(value) &&
    !/:(\s|$)/.test(value) &&
    !/\s#/.test(value);
  return looksSafe && readsAs(value, '1.2') && readsAs(value, '1.1');
}

function readsAs(text: string, version: '1.1' | '1.2'): boolean {
  const document = parseDocument(text, { version, logLevel: 'silent' });
  if (document.errors.length > 0 || document.warnings.length > 0) return false;
  try {
    return document.toJS({ maxAliasCount: 0 }) === text;
  } catch {
    return false;
  }
}

function readsAsKey(key: string, version: '1.1' | '1.2'): boolean {
  const document = parseDocument(`${key}: 0`, { version, logLevel: 'silent' });
  const pair = isMap(document.contents) ? document.contents.items[0] : undefined;
  return document.errors.length === 0 && isScalar(pair?.key) && pair.key.value === key;
}
