/**
 * A schema and the files its `$ref`s name, gathered for one compile. The adapters own the reading (the
 * CLI's file system, VS Code's workspace.fs); this decides what to read, relative to the referring file,
 * transitively and within limits, and never asks for a remote address: an `http(s)` reference that no
 * loaded file answers is not fetched, and the compiled schema carries one note naming it.
 *
 *   const files = new SchemaFiles(uri, text, name);
 *   for (let next = files.next(); next; next = files.next()) files.provide(next, await read(next));
 *   const result = files.compile();
 */
import { compileSchema, type SchemaDocument, type SchemaLoadResult } from './compile';
import { DEFAULT_DRAFT, draftOf, type DraftRules } from './drafts';
import { parseSchemaJson } from './schemaJson';
import { isSchemaObject, resolveUri, walkSchemas, withoutFragment } from './subschemas';

/** Addresses served from a local folder instead of the network (both URI prefixes ending in `/`). */
export interface LocalCopy {
  readonly remote: string;
  readonly local: string;
}

export interface SchemaFilesOptions {
  readonly localCopies?: readonly LocalCopy[];
  /** At most this many referenced files (besides the schema itself). */
  readonly maxFiles?: number;
  /** At most this many characters in all referenced files together. */
  readonly maxChars?: number;
}

export const MAX_REFERENCED_FILES = 64;
export const MAX_REFERENCED_CHARS = 8 * 1024 * 1024;

interface Wanted {
  /** The URI the reference resolves to (through `$id`s), which the document must answer to. */
  readonly target: string;
  /** The reference as written, for messages. */
  readonly written: string;
  /** The file to read for it, when it is not remote. */
  readonly file: string | undefined;
}

export class SchemaFiles {
  private readonly documents: SchemaDocument[] = [];
  /** Every URI a loaded document (or an `$id` inside one) answers to. */
  private readonly known = new Set<string>();
  private readonly wanted: Wanted[] = [];
  private readonly requested = new Set<string>();
  private readonly queue: Wanted[] = [];
  private chars = 0;
  private problem: string | undefined;
  private readonly main: { readonly json: unknown } | undefined;

  constructor(
    private readonly mainUri: string,
    mainText: string,
    private readonly sourceName: string,
    private readonly options: SchemaFilesOptions = {},
  ) {
    const parsed = parseSchemaJson(mainText, sourceName);
    if (!parsed.ok) {
      this.problem = parsed.problem;
      return;
    }
    this.main = { json: parsed.json };
    this.learn(mainUri, mainUri, parsed.json);
  }

  /** The next file to read, as a URI of the adapter's file system; undefined when there is nothing left to read. */
  next(): string | undefined {
    if (this.problem !== undefined) return undefined;
    while (this.queue.length > 0) {
      const wanted = this.queue[0];
      if (this.known.has(wanted.target)) {
        this.queue.shift();
        continue;
      }
      if (this.requested.size >= (this.options.maxFiles ?? MAX_REFERENCED_FILES)) {
        this.problem = `${this.sourceName} refers to more than ${this.options.maxFiles ?? MAX_REFERENCED_FILES} other schema files; Pressroom reads at most that many`;
        return undefined;
      }
      return wanted.file;
    }
    return undefined;
  }

  /** The text of the file `next()` named, or undefined when it cannot be read. */
  provide(file: string, text: string | undefined): void {
    const index = this.queue.findIndex((wanted) => wanted.file === file);
    if (index < 0 || this.problem !== undefined) return;
    const [wanted] = this.queue.splice(index, 1);
    this.requested.add(file);
    const shown = `"${wanted.written}" (a $ref in ${this.sourceName})`;
    if (text === undefined) {
      this.problem = `${this.sourceName} refers to ${wanted.written}, which cannot be read: check the file name`;
      return;
    }
    this.chars += text.length;
    if (this.chars > (this.options.maxChars ?? MAX_REFERENCED_CHARS)) {
      this.problem = `The schema files ${this.sourceName} refers to are too large together (over ${Math.round((this.options.maxChars ?? MAX_REFERENCED_CHARS) / 1024 / 1024)} MB); Pressroom stops reading at that size`;
      return;
    }
    const parsed = parseSchemaJson(text, shown);
    if (!parsed.ok) {
      this.problem = parsed.problem;
      return;
    }
    this.learn(wanted.target, file, parsed.json);
  }

  /** The schema compiled with every document loaded; remote references not loaded are allowed anything, with a note. */
  compile(): SchemaLoadResult {
    if (this.problem !== undefined || !this.main) return { ok: false, problem: this.problem ?? `${this.sourceName} could not be read` };
    const remote = [...new Map(this.wanted.filter((wanted) => !this.known.has(wanted.target)).map((wanted) => [wanted.target, wanted])).values()];
    const notes = remote.map(
      (wanted) => `${this.sourceName} refers to ${wanted.written}, which is on the network; Pressroom never fetches schemas, so what it describes is not checked. Save a copy beside the schema and refer to that file instead.`,
    );
    const stubs: SchemaDocument[] = remote.map((wanted) => ({ uri: wanted.target, json: true }));
    return compileSchema(this.main.json, this.sourceName, { uri: this.mainUri, others: [...this.documents, ...stubs], notes });
  }

  private learn(target: string, file: string, json: unknown): void {
    const isMain = target === this.mainUri && this.documents.length === 0 && this.known.size === 0;
    if (!isMain) this.documents.push({ uri: target, json, aliases: [file] });
    this.known.add(withoutFragment(target));
    this.known.add(withoutFragment(file));
    const rules = rulesOf(json);
    walkSchemas(json, target, rules, (node, base, ownsId) => {
      if (ownsId) this.known.add(withoutFragment(base));
      const ref = node.$ref;
      if (typeof ref !== 'string' || ref.startsWith('#')) return;
      const resolved = resolveUri(base, ref);
      // The drafts' own meta-schemas are built into ajv.
      if (resolved === undefined || draftOf(withoutFragment(resolved), '').ok) return;
      const wanted: Wanted = { target: withoutFragment(resolved), written: ref, file: this.fileFor(resolved, ref, file) };
      this.wanted.push(wanted);
      if (wanted.file !== undefined && !this.requested.has(wanted.file) && !this.queue.some((queued) => queued.file === wanted.file)) this.queue.push(wanted);
    });
    // Identifiers found later may answer earlier references: those are no longer to be read.
    for (const wanted of this.wanted) if (this.known.has(wanted.target)) this.dequeue(wanted.target);
  }

  private dequeue(target: string): void {
    for (let index = this.queue.length - 1; index >= 0; index--) if (this.queue[index].target === target) this.queue.splice(index, 1);
  }

  /** Where to read a reference from: a local copy of its address, the same file system, or a file beside the referring one. */
  private fileFor(resolved: string, written: string, referringFile: string): string | undefined {
    const target = withoutFragment(resolved);
    const copy = this.options.localCopies?.find((candidate) => target.startsWith(candidate.remote));
    if (copy) return copy.local + target.slice(copy.remote.length);
    if (!/^https?:/i.test(target) && sameScheme(target, referringFile)) return target;
    if (/^[a-z][a-z0-9+.-]*:/i.test(written)) return undefined; // an absolute address elsewhere: remote
    const beside = resolveUri(referringFile, written);
    return beside === undefined ? undefined : withoutFragment(beside);
  }
}

function sameScheme(a: string, b: string): boolean {
  return a.slice(0, a.indexOf(':')).toLowerCase() === b.slice(0, b.indexOf(':')).toLowerCase();
}

function rulesOf(json: unknown): DraftRules {
  if (!isSchemaObject(json)) return DEFAULT_DRAFT;
  const draft = draftOf(json.$schema, '');
  return draft.ok ? draft.rules : DEFAULT_DRAFT;
}

