/** The bundle of `pressroom convert` (dist/cli/convert.js): the converter and the project configuration, no checker. */
import { nodeIo } from '../io';
import { runConvert } from '../convertCommand';

export const run = (args: string[]): number => runConvert(args, nodeIo);
