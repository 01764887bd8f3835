/**
 * Values learned from other releases are proposed only when they are right for the field: what the
 * schema allows (length, pattern, choices), not markup a hostile release planted (`<img onerror=…>`),
 * and not a placeholder left unfilled (`Area` for `area`, from the `release` snippet).
 */
import type { JsonSchema } from '../../schema/jsonSchema';
import { resolveRef } from '../../schema/navigate';

const MARKUP = /[<>]|&#?\w+;|javascript:/i;

export function fitsField(value: string, root: JsonSchema, field: JsonSchema, fieldName: string | undefined): boolean {
  const text = value.trim();
  if (text === '' || MARKUP.test(text) || /[\r\n]/.test(text)) return false;
  if (fieldName !== undefined && text.toLowerCase() === fieldName.toLowerCase()) return false;
  const resolved = resolveRef(root, field);
  if (resolved.minLength !== undefined && text.length < resolved.minLength) return false;
  if (resolved.maxLength !== undefined && text.length > resolved.maxLength) return false;
  if (resolved.enum && !resolved.enum.includes(text)) return false;
  if (typeof resolved.pattern === 'string') {
    try {
      if (!new RegExp(resolved.pattern, 'u').test(text)) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** A contact is proposed only when none of its values is markup. */
export function isPlainContact(fields: Readonly<Record<string, string | undefined>>): boolean {
  return Object.values(fields).every((value) => value === undefined || !MARKUP.test(value));
}
