/** What the authoring adapters are given by the composition root, plus their own workspace index. */
import type { DiagnosticsManager } from '../diagnosticsManager';
import type { ReleaseDocuments } from '../releaseDocuments';
import type { SchemaProvider } from '../schemaProvider';
import type { WorkspaceFacts } from './workspaceFacts';

export interface CoreServices {
  readonly releases: ReleaseDocuments;
  readonly schemas: SchemaProvider;
  readonly diagnostics: DiagnosticsManager;
}

export interface AuthoringServices extends CoreServices {
  readonly facts: WorkspaceFacts;
}
