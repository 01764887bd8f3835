// The core's public surface: everything an adapter (VS Code, CLI, preview) needs.
export * from './types';
export { DIAGNOSTIC_CODES, DIAGNOSTIC_REGISTRY, diagnosticHref, isRuleDiagnostic, type BuiltInDiagnostic, type DiagnosticEntry, type DiagnosticKind, type FixId, type RuleDiagnostic } from './diagnostics';
export { LineIndex } from './text/lineIndex';
export { locateFrontMatter, type FrontMatterBlock, type FrontMatterShape, type LocateResult } from './frontMatter/locate';
export { parseRelease, bodyOf, type ParsedRelease } from './frontMatter/parse';
export { builtInSchema, compileSchema, loadSchemaText, type CompiledSchema, type SchemaLoadResult } from './schema/compile';
export type { JsonSchema, SchemaPath } from './schema/jsonSchema';
export { schemaAt, propertiesOf, requiredOf, formatPath } from './schema/navigate';
export { SchemaFiles, type LocalCopy, type SchemaFilesOptions } from './schema/schemaFiles';
export { schemaPathFor, frontMatterSchemaFile } from './schema/schemaChoice';
export type { Draft } from './schema/drafts';
export type { SchemaMapping } from './config/projectConfig';
export { validateRelease, validateParsed } from './validate/validateRelease';
export {
  DEFAULT_RELEASE_GLOBS,
  isMarkdownPath,
  isPlainTextPath,
  isProjectTextFile,
  isRelease,
  MARKDOWN_EXTENSIONS,
  markdownPathFor,
  namesASchema,
  PLAIN_TEXT_EXTENSION,
  releasePathMatcher,
  type ReleasePathMatcher,
} from './files/releaseFiles';
export * from './dates/pressDate';
export { sizeInWords, tooLargeFile } from './validate/fileSize';
export { readDate, findDateIn, type ReadDate } from './dates/readDate';
export { convertPlainText, type ConvertResult } from './convert';
export { countBySeverity, describeCounts, type SeverityCounts } from './validate/severityCounts';
export { formatCount, plural } from './text/plural';
export { withoutBom } from './text/bom';
export * from './config';
export * from './analysis';
export { FIELD_ROLES, DEFAULT_ROLE_PATHS, ROLE_ANNOTATION, fieldRolesOf, roleAt, roleFieldName, valueOfRole, type FieldRole, type FieldRoles } from './schema/fieldRoles';
export { excludedWithFolders, filesExcludeMatcher, isInSkippedFolder, SKIPPED_FOLDERS, type PathExcluder } from './files/excludes';
export { foldersAbove, isAbsolutePath, joinPath, parentOf, relativeTo, toForwardSlashes } from './files/paths';
export { ALL_RULES, checkRulesConfig, diagnosticEntry, fileExistsFrom, matchKeysOf, ReleaseIndex, releaseSummaryOf, workspaceViewFor, type ReleaseSummary, type RulesConfig, type WorkspaceView } from './rules';
export { schemaDisplayName, schemaInSentence } from './schema/displayName';
export * from './status';
