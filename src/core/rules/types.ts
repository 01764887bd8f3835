/**
 * What a release rule is: a pure check of one analysed release (its front matter read through the
 * field roles, and its body) that says what a press office would not send. Rules never see VS Code,
 * the file system or the clock except through their context, so the editor, the workspace command
 * and the CLI get the same findings.
 */
import type { ParsedRelease } from '../frontMatter/parse';
import type { FieldRoles } from '../schema/fieldRoles';
import type { CompiledSchema } from '../schema/compile';
import type { DiagnosticPath } from '../diagnostics/diagnostic';
import type { TextEdit } from '../authoring/textTools';
import type { Severity } from '../types';

/** A rule's severity as a project sets it; `off` turns the rule off. */
export type RuleSeverity = Severity | 'off';

/** A mechanical change that answers a finding. */
export interface RuleFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Safe to apply without the author's choice (part of "fix all" and `--fix`). */
  readonly inFixAll: boolean;
  readonly isPreferred?: boolean;
  /** After the edits (or with none), select this span so the author can type over it (a placeholder). */
  readonly select?: { readonly startOffset: number; readonly endOffset: number };
  /** The front matter keys the fix writes (`['og', 'url']`): fix-all never lets two fixes write the same one. */
  readonly writesKeys?: readonly DiagnosticPath[];
}

/** One thing a rule found. Offsets are into the whole file's text. */
export interface RuleFinding {
  readonly message: string;
  readonly startOffset: number;
  readonly endOffset: number;
  /** The front matter value concerned, when there is one. */
  readonly path?: DiagnosticPath;
  readonly fixes?: readonly RuleFix[];
}

/** Another release of the workspace, as workspace rules see it. */
export interface ReleaseSummary {
  /** Absolute, forward-slash path. */
  readonly path: string;
  readonly headline?: string;
  readonly url?: string;
  /** The publish date's text as written. */
  readonly publishDate?: string;
}

/** A read-only view of the workspace's other releases and files. */
export interface WorkspaceView {
  /** Every other release known (never the release being checked). */
  readonly releases: readonly ReleaseSummary[];
  /**
   * Whether a file exists (absolute, forward-slash path); `undefined` when it is not known, in which
   * case a rule says nothing about it.
   */
  fileExists(path: string): boolean | undefined;
}

export interface RuleContext<Options> {
  readonly release: ParsedRelease;
  /** The front matter as plain data (empty when it could not be read). */
  readonly data: Readonly<Record<string, unknown>>;
  readonly schema: CompiledSchema;
  readonly roles: FieldRoles;
  /** The Markdown body and where it starts in the file's text. */
  readonly body: { readonly text: string; readonly offset: number };
  /** The rule's options: its defaults overlaid with the project's. */
  readonly options: Options;
  /** The release's own path (absolute, forward slashes), when it has one (not for untitled documents). */
  readonly filePath?: string;
  /** The time status and date rules compare against. */
  readonly now: Date;
  readonly workspace?: WorkspaceView;
}

export interface Rule<Options = Record<string, never>> {
  /** Stable, kebab-case; the diagnostic code of its findings and the name of its page, docs/rules/<id>.md. */
  readonly id: string;
  readonly severity: RuleSeverity;
  /** One line, a sentence. */
  readonly description: string;
  readonly defaults: Options;
  /** A JSON Schema of the options, for the configuration file's schema and its checks. */
  readonly optionsSchema?: Record<string, unknown>;
  /** Workspace rules need the other releases; they are skipped when no workspace view is given. */
  readonly scope: 'release' | 'workspace';
  check(context: RuleContext<Options>): readonly RuleFinding[];
}
