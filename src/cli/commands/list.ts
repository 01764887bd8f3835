/** The bundle of `pressroom list` (dist/cli/list.js). */
import { nodeIo } from '../io';
import { runList } from '../listCommand';

export const run = (args: string[]): number => runList(args, nodeIo);
