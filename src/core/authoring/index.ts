// Authoring help (completion, hover, quick fixes, new releases): plain data in, plain data out.
export { completionsAt, type CompletionInputs, type CompletionProposal, type ProposalKind } from './completions';
export { cursorContext, inFrontMatter, type CursorContext, type KeyContext, type ValueContext } from './cursorContext';
export { factsOf, firstParagraph, mergeText, type ReleaseFacts } from './facts';
export { contactOf, mergeContacts, parseContactsFile, type Contact, type ContactsFileResult } from '../contacts';
export { fixAllEdits, fixesAt, fixesFor, mergeFixAll, type AuthoringFix, type FixOptions, type SnippetEdit } from './fixes';
export { describeDateValue, hoverAt, type HoverResult } from './hover';
export { checkReleaseTitle, newReleaseFileName, newReleaseText, proposedPublishTime, slugify, type NewRelease, type NewReleaseOptions } from './newRelease';
export { applyEdits, snippetDefaults, type TextEdit } from './textTools';
