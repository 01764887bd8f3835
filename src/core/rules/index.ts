// Release rules: the engine, each rule's severity and options from the project, suppression comments.
export { ALL_RULES } from './allRules';
export { runRules, type RuleRunOptions } from './engine';
export { activeRules, checkRulesConfig, RULE_SEVERITIES, type ActiveRule, type AnyRule, type RuleSetting, type RulesConfig, type RulesConfigCheck, type RulesConfigProblem } from './ruleConfig';
export { diagnosticEntry, ruleEntry } from './ruleEntry';
export { readSuppressions, type Suppressions } from './suppression';
export { fileExistsFrom, releaseSummaryOf, workspaceViewFor } from './workspaceView';
export { matchKeysOf, ReleaseIndex } from './workspace/matchKeys';
export type { ReleaseSummary, Rule, RuleContext, RuleFinding, RuleFix, RuleSeverity, WorkspaceView } from './types';
