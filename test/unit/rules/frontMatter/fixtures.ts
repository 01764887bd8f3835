/** Invented releases for the front matter rules' tests. */

/** A complete, correct release: every front matter rule passes it. */
export const GOOD = [
  '---',
  'title: Library opening hours extended | Northshire Council',
  'area: Northshire',
  'url: https://www.northshire.gov.uk/news/library-hours/',
  'publish:',
  '  date: 09:30 02/12/2026',
  'embargo: 00:01 02/12/2026',
  'og:',
  '  title: Library opening hours extended',
  '  description: The central library will open until 8pm on weekdays from January, after a consultation with readers.',
  '  image: https://www.northshire.gov.uk/media/library.jpg',
  '  url: https://www.northshire.gov.uk/news/library-hours/',
  'contacts:',
  '  - name: Sam Taylor',
  '    phone: "01632 960123"',
  '---',
  '',
  'The central library will stay open later.',
  '',
].join('\n');

/** GOOD with one line's text replaced. */
export function withLine(line: string, replacement: string, text = GOOD): string {
  if (!text.includes(`\n${line}\n`)) throw new Error(`no line "${line}"`);
  return text.replace(`\n${line}\n`, replacement === '' ? '\n' : `\n${replacement}\n`);
}

/** Front matter of the required fields only, then `body`. */
export function minimal(fields: readonly string[], body = 'Body text.\n'): string {
  return ['---', ...fields, '---', '', body].join('\n');
}

/** The release snippet's text with every placeholder left as it is (what `release` + Tab inserts). */
export const UNTOUCHED_SNIPPET = ['---', 'title: Headline', 'area: Area', 'url: https://', 'publish:', '  date: 09:00 01/12/2026', '---', '', '', '', 'ENDS', ''].join('\n');

/** A body with neither front matter nor a closing line: the CLI's plain-text case. */
export const NO_FRONT_MATTER = 'Library opening hours extended\n\nThe library will open later. TODO\n';
/** Front matter the YAML parser cannot read. */
export const BROKEN_YAML = '---\ntitle: "unclosed\n  : : [\n---\nBody TODO\n';
/** Every role's field holding the wrong type. */
export const WRONG_TYPES = '---\ntitle: [1, 2]\narea: 3\nurl: 7\nembargo: 5\ncontacts: yes\nog: text\npublish: 3\n---\nBody\n';
/** Every role's field holding numbers and lists inside the right groups. */
export const WRONG_TYPES_NESTED = '---\ntitle: 12\nurl: {a: 1}\npublish:\n  date: [1]\nembargo: 0\nog:\n  title: 3\n  url: 4\n  image: [x]\n  description: 5\n---\n';
/** Huge values: a 200,000-character headline and description. */
export const HUGE = minimal([`title: ${'A'.repeat(100_000)} ${'b'.repeat(100_000)}`, 'area: Northshire', `url: https://www.northshire.gov.uk/${'x'.repeat(100_000)}`, 'publish:', '  date: 09:00 01/12/2026', 'og:', `  description: ${'TODO '.repeat(20_000)}`], `${'[Name] TBC lorem ipsum example.org '.repeat(5000)}\n`);

export const BAD_INPUTS: Readonly<Record<string, string>> = { NO_FRONT_MATTER, BROKEN_YAML, WRONG_TYPES, WRONG_TYPES_NESTED, HUGE, empty: '', onlyDelimiters: '---\n---\n', nullValues: '---\ntitle:\nurl:\nog:\n  title:\n  url:\n  image:\npublish:\n  date:\nembargo:\n---\n' };
