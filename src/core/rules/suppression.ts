/**
 * Suppression comments, as markdownlint has them. In the front matter they are YAML comments, in the body
 * HTML comments; each form works in both:
 *
 *   pressroom-disable-next-line [ids]   the next line
 *   pressroom-disable-line [ids]        the comment's own line
 *   pressroom-disable [ids]             from here until pressroom-enable (or the end of the file)
 *   pressroom-enable [ids]              ends pressroom-disable
 *   pressroom-disable-file [ids]        the whole file, wherever it is written
 *
 * Ids are rule ids separated by spaces or commas; none means every rule. A comment holds one directive and
 * nothing else (`# pressroom-disable-next-line placeholders`, `<!-- pressroom-disable style-terms -->`).
 * Suppressions silence rule findings only, never the schema's or the front matter's own problems. An id
 * that no rule has is reported (`unknown-rule`) and suppresses nothing.
 */
import { placeDiagnostic, type BuiltInDiagnostic } from '../diagnostics';
import type { ParsedRelease } from '../frontMatter/parse';
import { closestMatch } from '../text/similarity';
import { yamlComments } from '../yaml';

type Directive = 'disable-next-line' | 'disable-line' | 'disable-file' | 'disable' | 'enable';

interface Comment {
  readonly directive: Directive;
  /** Where the comment starts in the file. */
  readonly offset: number;
  /** Known ids named, or undefined for every rule. */
  readonly ids: readonly string[] | undefined;
}

const MARK = 'pressroom-';
const DIRECTIVE = /^pressroom-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|,|$)/;
// An HTML comment of up to 500 characters: bounded, so a body of unclosed comments cannot make the scan quadratic.
const HTML_COMMENT = /<!--([^>]{0,500}?)-->/g;

export interface Suppressions {
  /** Whether a finding of the rule that starts at this offset is silenced. */
  suppresses(ruleId: string, offset: number): boolean;
  /** Whether the rule is silenced for the whole file (then it need not run). */
  suppressesFile(ruleId: string): boolean;
  /** Ids named in suppressions that no rule has. */
  readonly unknown: readonly BuiltInDiagnostic[];
}

/** The release's suppression comments; `knownIds` are the rules there are (on or off). */
export function readSuppressions(release: ParsedRelease, knownIds: readonly string[]): Suppressions {
  const { block } = release;
  const source = block && release.located.kind === 'found' ? release.text.slice(block.contentStart, block.contentEnd) : '';
  const bodyText = release.text.slice(release.bodyStart);
  // `#` and `<!--` first: every comment starts with one, both are rare, and looking for a short text costs
  // far less than looking for the mark (a longer search text costs a table made for each search).
  const inFrontMatter = source.includes('#') && source.includes(MARK);
  const inBody = bodyText.includes('<!--') && bodyText.includes(MARK);
  // Most releases have no suppression comment: nothing need be made for them.
  if (!inFrontMatter && !inBody) return NONE;
  const known = knownSet(knownIds);
  const comments: Comment[] = [];
  const unknown: BuiltInDiagnostic[] = [];
  const read = (body: string, offset: number) => {
    const directive = DIRECTIVE.exec(body);
    if (!directive) return undefined;
    const ids: string[] = [];
    const list = /[^\s,]+/g;
    list.lastIndex = directive[0].length;
    for (let match = list.exec(body); match; match = list.exec(body)) {
      const id = match[0];
      if (known.has(id)) {
        ids.push(id);
        continue;
      }
      const start = offset + match.index;
      const suggestion = closestMatch(id, knownIds);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '; the rules are listed in docs/rules/README.md.';
      unknown.push(
        placeDiagnostic(
          { code: 'unknown-rule', message: `This suppression comment names "${id}", which is not a Pressroom rule, so it silences nothing${hint}`, data: { id, suggestion } },
          { range: release.lines.rangeOf(start, start + id.length), startOffset: start, endOffset: start + id.length },
        ),
      );
    }
    // A list of unknown ids only silences nothing; it must not widen to every rule.
    const named = directive[0].length < body.trimEnd().length;
    if (named && ids.length === 0) return undefined;
    return { directive: directive[1] as Directive, ids: named ? ids : undefined };
  };
  if (block && inFrontMatter) {
    for (const comment of yamlComments(source)) {
      const text = comment.text.slice(1);
      const lead = text.length - text.trimStart().length;
      const start = block.contentStart + comment.offset;
      const found = read(text.trimStart(), start + 1 + lead);
      if (found) comments.push({ ...found, offset: start });
    }
  }
  if (inBody) {
    HTML_COMMENT.lastIndex = 0;
    for (let match = HTML_COMMENT.exec(bodyText); match; match = HTML_COMMENT.exec(bodyText)) {
      const inner = match[1];
      const lead = inner.length - inner.trimStart().length;
      const start = release.bodyStart + match.index;
      const found = read(inner.trimStart(), start + 4 + lead);
      if (found) comments.push({ ...found, offset: start });
    }
  }
  return comments.length === 0 && unknown.length === 0 ? NONE : suppressionsOf(release, comments, unknown);
}

/** A release without suppression comments (most of them): nothing is silenced, nothing need be built. */
const NONE: Suppressions = { unknown: [], suppresses: () => false, suppressesFile: () => false };

const knownSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function knownSet(ids: readonly string[]): ReadonlySet<string> {
  let set = knownSets.get(ids);
  if (!set) {
    set = new Set(ids);
    knownSets.set(ids, set);
  }
  return set;
}

/** Which rules are off: for one id, or for every rule (`'*'`). */
class RuleSet {
  private all = false;
  /** With `all`: the rules enabled again; without: the rules disabled. */
  private readonly ids = new Set<string>();

  constructor(from?: RuleSet) {
    if (from) {
      this.all = from.all;
      for (const id of from.ids) this.ids.add(id);
    }
  }

  disable(ids: readonly string[] | undefined): void {
    if (!ids) {
      this.all = true;
      this.ids.clear();
      return;
    }
    for (const id of ids) {
      if (this.all) this.ids.delete(id);
      else this.ids.add(id);
    }
  }

  enable(ids: readonly string[] | undefined): void {
    if (!ids) {
      this.all = false;
      this.ids.clear();
      return;
    }
    for (const id of ids) {
      if (this.all) this.ids.add(id);
      else this.ids.delete(id);
    }
  }

  has(id: string): boolean {
    return this.all ? !this.ids.has(id) : this.ids.has(id);
  }

  get empty(): boolean {
    return !this.all && this.ids.size === 0;
  }
}

function suppressionsOf(release: ParsedRelease, comments: Comment[], unknown: BuiltInDiagnostic[]): Suppressions {
  const file = new RuleSet();
  const byLine = new Map<number, RuleSet>();
  /** From each start offset (ascending) on, the rules disabled by disable/enable. */
  const regions: { readonly from: number; readonly off: RuleSet }[] = [];
  let current = new RuleSet();
  comments.sort((a, b) => a.offset - b.offset);
  for (const comment of comments) {
    const line = release.lines.positionAt(comment.offset).line;
    switch (comment.directive) {
      case 'disable-file':
        file.disable(comment.ids);
        break;
      case 'disable-line':
      case 'disable-next-line': {
        const target = comment.directive === 'disable-line' ? line : line + 1;
        const set = byLine.get(target) ?? new RuleSet();
        set.disable(comment.ids);
        byLine.set(target, set);
        break;
      }
      case 'disable':
      case 'enable':
        current = new RuleSet(current);
        if (comment.directive === 'disable') current.disable(comment.ids);
        else current.enable(comment.ids);
        regions.push({ from: comment.offset, off: current });
        break;
    }
  }
  const regionAt = (offset: number): RuleSet | undefined => {
    let low = 0;
    let high = regions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (regions[middle].from <= offset) low = middle + 1;
      else high = middle;
    }
    return low > 0 ? regions[low - 1].off : undefined;
  };
  const nothing = comments.length === 0;
  return {
    unknown,
    suppressesFile: (id) => file.has(id),
    suppresses: (id, offset) => {
      if (nothing) return false;
      if (file.has(id)) return true;
      if (byLine.size > 0 && byLine.get(release.lines.positionAt(offset).line)?.has(id)) return true;
      const region = regionAt(offset);
      return region !== undefined && !region.empty && region.has(id);
    },
  };
}
