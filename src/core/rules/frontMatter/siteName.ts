/**
 * The site-name suffix many newsrooms put in the page title (`Road closed | Northshire Police`), which
 * search results show but which is not part of the headline. Only a short, title-cased last part
 * counts, so `Police appeal - can you help?` keeps its question.
 */

export const DEFAULT_SEPARATORS: readonly string[] = [' | ', ' - ', ' – ', ' — '];

const MAX_SUFFIX_WORDS = 8;
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', '&', 'to', 'a', 'de', 'y']);

export interface SplitHeadline {
  /** The headline without the suffix (trimmed). */
  readonly headline: string;
  /** The site name, when one was recognised. */
  readonly suffix?: string;
  /**
   * Whether the separator is one headlines never use (` | `). After a dash, a title-cased subtitle
   * (`Fibroids Are Common - Embolization Can Help`) looks just like a site name.
   */
  readonly certain?: boolean;
}

function looksLikeSiteName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_SUFFIX_WORDS || /[?!:;,"“”]/.test(text)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0])) return false;
  return words.every((word) => /^[\p{Lu}\p{N}(]/u.test(word) || SMALL_WORDS.has(word.toLowerCase()));
}

/** `separators` as the project set them, or the defaults when it set nothing usable. */
export function separatorsOption(value: unknown): readonly string[] {
  if (!Array.isArray(value)) return DEFAULT_SEPARATORS;
  let usable = usableSeparators.get(value);
  if (!usable) {
    usable = value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
    usableSeparators.set(value, usable);
  }
  return usable;
}

const usableSeparators = new WeakMap<readonly unknown[], readonly string[]>();

/**
 * The last few splits, by title and separators: the headline rules split the same headline in turn, and
 * a split depends on nothing else, so no release needs its own cache.
 */
const RECENT_SPLITS = 4;
const recentSplits: ({ readonly title: string; readonly separators: readonly string[]; readonly split: SplitHeadline } | undefined)[] = new Array(RECENT_SPLITS).fill(undefined);
/** Where the next split is kept, in turn: the oldest is replaced, and nothing is moved along. */
let nextSplit = 0;

export function splitSiteNameOf(title: string, separators: readonly string[]): SplitHeadline {
  // The latest first: the rules of one release ask about its headline one after another.
  for (let back = 1; back <= RECENT_SPLITS; back++) {
    const recent = recentSplits[(nextSplit - back + RECENT_SPLITS) % RECENT_SPLITS];
    if (recent !== undefined && recent.title === title && recent.separators === separators) return recent.split;
  }
  const split = splitSiteName(title, separators);
  recentSplits[nextSplit] = { title, separators, split };
  nextSplit = (nextSplit + 1) % RECENT_SPLITS;
  return split;
}

export function splitSiteName(title: string, separators: readonly string[] = DEFAULT_SEPARATORS): SplitHeadline {
  let cut = -1;
  let chosen = '';
  for (const separator of separators) {
    // Searching forwards first: most titles have no separator, and that search is the faster one.
    if (!title.includes(separator)) continue;
    const at = title.lastIndexOf(separator);
    if (at > cut) {
      cut = at;
      chosen = separator;
    }
  }
  if (cut <= 0) return { headline: title.trim() };
  const before = title.slice(0, cut).trim();
  const suffix = title.slice(cut + chosen.length).trim();
  if (before === '' || suffix === '' || !looksLikeSiteName(suffix)) return { headline: title.trim() };
  return { headline: before, suffix, certain: chosen.trim() === '|' };
}
