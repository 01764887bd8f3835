/**
 * Mocha for the web-worker host. Mocha's package maps browsers to an entry that needs Node's own modules
 * bundled in; its prebuilt browser build (mocha/mocha.js) does not, and leaves the Mocha class on globalThis.
 * The worker bundle of the suite maps `mocha` here (test/vscode/hostBundle.ts).
 */
import 'mocha/mocha.js';
import type MochaType from 'mocha';

const Mocha = (globalThis as unknown as { Mocha: typeof MochaType }).Mocha;

export default Mocha;
