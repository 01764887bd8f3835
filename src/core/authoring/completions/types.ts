/** The proposals completion returns, what it is given, and what its parts share. */
import type { ParsedRelease } from '../../frontMatter/parse';
import type { Contact } from '../../contacts';
import type { FieldRoles } from '../../schema/fieldRoles';
import type { JsonSchema } from '../../schema/jsonSchema';
import type { Eol } from '../../text/eol';

export type ProposalKind = 'field' | 'value' | 'enum' | 'boolean' | 'date' | 'area' | 'contact' | 'item' | 'copy' | 'example';

export interface CompletionProposal {
  readonly label: string;
  readonly kind: ProposalKind;
  /** A short note shown beside the label. */
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** The text to insert; snippet syntax when `isSnippet`. Lines after the first carry their full indentation. */
  readonly insertText: string;
  readonly isSnippet: boolean;
  /** The single-line range replaced; it contains the cursor. */
  readonly startOffset: number;
  readonly endOffset: number;
  readonly sortText: string;
  readonly filterText?: string;
  /** After inserting, ask for completions again (a key whose value has proposals). */
  readonly retrigger?: boolean;
}

export interface CompletionInputs {
  /** The current time: dates are proposed from it. */
  readonly now: Date;
  /** Areas from settings first, then those used in other releases. */
  readonly areas?: readonly string[];
  /** People from the contacts file first, then those used in other releases. */
  readonly contacts?: readonly Contact[];
}

/** The release being completed, its schema, the inputs, and how the author writes. */
export interface Place {
  readonly release: ParsedRelease;
  readonly root: JsonSchema;
  /** Which fields hold the area, the contacts, the headline...: areas, contacts and copies follow them. */
  readonly roles: FieldRoles;
  readonly inputs: CompletionInputs;
  readonly eol: Eol;
  readonly unit: number;
}

/** The text a proposal replaces. */
export interface Range {
  readonly replaceStart: number;
  readonly replaceEnd: number;
}

/** A value worth proposing for a field, before it becomes a proposal. */
export interface ValueChoice {
  /** The value as the author reads it (the label). */
  readonly value: string;
  /** The value as YAML, when it is not text (`enum: [1, null]`); text is written with `yamlScalar`. */
  readonly yaml?: string;
  readonly kind: ProposalKind;
  readonly detail?: string;
  readonly documentation?: string;
  /** Text inserted after the value (e.g. the rest of a contact). */
  readonly after?: string;
}
