// One analysis per file version: the parse, the schema in force and the diagnostics, for every feature.
export { analyseParsed, analyseRelease, type AnalysisOptions, type ReleaseAnalysis } from './analyseRelease';
