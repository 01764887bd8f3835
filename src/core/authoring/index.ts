// Authoring help (completion, hover, quick fixes, new releases): plain data in, plain data out.
export { completionsAt, type CompletionInputs, type CompletionProposal, type ProposalKind } from './completions';
export { cursorContext, inFrontMatter, type CursorContext, type KeyContext, type ValueContext } from './cursorContext';
export { AREA_FIELD, CONTACTS_FIELD, contactOf, factsOf, firstParagraph, mergeContacts, mergeText, parseContactsFile, type Contact, type ContactsFileResult, type ReleaseFacts } from './facts';
export { fixAllEdits, fixesAt, fixesFor, type AuthoringFix, type FixOptions, type SnippetEdit } from './fixes';
export { describeDateValue, hoverAt, type HoverResult } from './hover';
export { checkReleaseTitle, newReleaseFileName, newReleaseText, slugify, type NewRelease, type NewReleaseOptions } from './newRelease';
export { applyEdits, eolOf, snippetDefaults, yamlScalar, type TextEdit } from './textTools';
