/** The floor as a program of its own (floor.ts), bundled and started by the scale bench: `node floor.js <folder>`. */
import { parseEveryFile } from './floor';

parseEveryFile(process.argv[2]);
