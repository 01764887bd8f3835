// The core's public surface: everything an adapter (VS Code, CLI, preview) needs.
export * from './types';
export { LineIndex } from './text/lineIndex';
export { locateFrontMatter, type FrontMatterBlock, type FrontMatterShape, type LocateResult } from './frontMatter/locate';
export { parseRelease, bodyOf, type ParsedRelease } from './frontMatter/parse';
export { builtInSchema, compileSchema, loadSchemaText, type CompiledSchema, type SchemaLoadResult } from './schema/compile';
export type { JsonSchema, SchemaPath } from './schema/jsonSchema';
export { schemaAt, propertiesOf, requiredOf, formatPath } from './schema/navigate';
export { validateRelease, validateParsed } from './validate/validateRelease';
export { DEFAULT_RELEASE_GLOBS, isRelease, isMarkdownPath, MARKDOWN_EXTENSIONS, namesASchema, releasePathMatcher, type ReleasePathMatcher } from './files/releaseFiles';
export * from './dates/pressDate';
export { MAX_RELEASE_BYTES, tooLargeFile } from './validate/fileSize';
export { readDate, findDateIn, type ReadDate } from './dates/readDate';
export { convertPlainText, type ConvertResult } from './convert';
export { countBySeverity, describeCounts, type SeverityCounts } from './validate/severityCounts';
export { plural } from './text/plural';
export { withoutBom } from './text/bom';
