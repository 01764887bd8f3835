// The project configuration and the one decision of whether and how a file is checked.
export { CONFIG_FILE_NAME, DEFAULT_MAX_FILE_BYTES, effectiveConfig, readProjectConfig, readProjectConfigWithoutRules, type ConfigProblem, type ConfigReadResult, type ConfigSources, type ProjectConfig, type ProjectConfigValues } from './projectConfig';
export { configDiagnostic, CONFIG_FALLBACK_NOTE } from './configDiagnostic';
export { decideCheck, matchesReleaseGlobs, RELEASE_SCHEMA_KEY, schemaKeyForNewRelease, utf8Length, type CheckCandidate, type CheckDecision } from './releaseCheck';
