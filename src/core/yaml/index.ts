// The one room for YAML: the guarded read, scalar and key writing, and node lookup by path.
export { DEFAULT_YAML_LIMITS, MAX_ALIAS_COUNT, MAX_FRONT_MATTER_CHARS, MAX_NESTING_DEPTH, readYaml, readYamlDocument, type YamlLimits, type YamlRead, type YamlReadFailure } from './read';
export { findExcessiveNesting } from './nesting';
export { quickReadFields } from './quickRead';
export { yamlDoubleQuoted, yamlKey, yamlScalar, yamlSingleQuoted, yamlValue } from './write';
export { keyRange, nodeAt, pairAt, scalarSource, valueRange, type OffsetRange } from './nodes';
export { topLevelKeyRange } from './topLevelKey';
export { unquoteScalar } from './unquote';
export { yamlComments, type YamlComment } from './comments';
