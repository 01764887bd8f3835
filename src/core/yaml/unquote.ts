/** Reading one scalar token as YAML does, for line-by-line readers that see half-typed YAML. */
import { isScalar, parseDocument } from 'yaml';

/**
 * The string a one-line scalar token stands for: quoted tokens with YAML's own escapes (`\x41`, `\e`,
 * `''`), plain tokens as written. A quoted token that is not valid YAML yet (being typed) loses its quotes.
 */
export function unquoteScalar(raw: string): string {
  const quote = raw[0];
  if (quote !== '"' && quote !== "'") return raw;
  const document = parseDocument(raw, { logLevel: 'silent' });
  if (document.errors.length === 0 && isScalar(document.contents) && typeof document.contents.value === 'string') return document.contents.value;
  const inner = raw.length > 1 && raw.endsWith(quote) ? raw.slice(1, -1) : raw.slice(1);
  return quote === "'" ? inner.replace(/''/g, "'") : inner;
}
