/** The bundle each checking thread of `pressroom validate` runs (dist/cli/worker.js). */
import { runCheckWorker } from '../parallel/worker';

runCheckWorker();
