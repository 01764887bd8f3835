/** What the authoring adapters are given by the composition root, plus their own workspace index. */
import type { DiagnosticsManager } from '../diagnosticsManager';
import type { ProjectConfigs } from '../projectConfigs';
import type { ReleaseAnalyses } from '../releaseAnalyses';
import type { SchemaProvider } from '../schemaProvider';
import type { WorkspaceFacts } from './workspaceFacts';

export interface CoreServices {
  readonly configs: ProjectConfigs;
  readonly schemas: SchemaProvider;
  readonly analyses: ReleaseAnalyses;
  readonly diagnostics: DiagnosticsManager;
}

export interface AuthoringServices extends CoreServices {
  readonly facts: WorkspaceFacts;
}
