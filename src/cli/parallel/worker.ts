/** A worker thread of `pressroom validate`: checks each batch of files it is sent and replies with the outcomes. */
import { parentPort, workerData } from 'node:worker_threads';
import { FileChecker } from '../checkRun';
import { nodeIo } from '../io';
import { loadSchemaOption } from '../loadSchemaOption';
import type { BatchReply, WorkerRequest, WorkerSetup } from './protocol';

export function runCheckWorker(): void {
  const setup = workerData as WorkerSetup;
  const port = parentPort!;
  const override = setup.schemaFile === undefined ? undefined : loadSchemaOption(nodeIo, setup.schemaFile);
  const schemaOverride = override?.ok && setup.schemaFile !== undefined ? { file: setup.schemaFile, schema: override.schema } : undefined;
  const checker = new FileChecker(nodeIo, { schemaOverride }, new Date(setup.now));
  port.on('message', (request: WorkerRequest) => {
    if ('close' in request) return port.close();
    const reply: BatchReply = { batch: request.batch, outcomes: request.inputs.map((input) => checker.check(input)) };
    port.postMessage(reply);
  });
}
