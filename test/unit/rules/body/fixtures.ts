/** Invented releases for the body rules' tests: a front matter of seven lines, then the body from line 7. */
export const FRONT = ['---', 'title: Library opening hours extended', 'area: Northshire', 'url: https://www.example.gov.uk/news/a/', 'publish:', '  date: 09:30 02/12/2026', '---', ''].join('\n');

export function release(...bodyLines: string[]): string {
  return FRONT + bodyLines.join('\n');
}

/** A body with neither front matter nor a closing line: the CLI's plain-text case. */
export const NO_FRONT_MATTER = 'Library opening hours extended\n\nThe library will open later.\n';
/** Front matter the YAML parser cannot read. */
export const BROKEN_YAML = '---\ntitle: "unclosed\n  : : [\n---\nBody text [here](x.md) ![](y.png)\n';
/** Every role's field holding the wrong type. */
export const WRONG_TYPES = '---\ntitle: [1, 2]\nurl: 7\ncontacts: yes\nog: text\npublish: 3\n---\n# Top\n\n[click here](a.md)\n';
