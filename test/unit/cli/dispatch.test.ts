/**
 * The command line's first word (src/cli/commands/dispatch.ts), shared by runCli and the installed CLI:
 * help, the version and unknown commands are answered without loading any command, and a command that
 * throws is one line on standard error, not a stack trace.
 */
import * as assert from 'node:assert/strict';
import { dispatch, USAGE } from '../../../src/cli/commands/dispatch';
import { runCli } from '../../../src/cli/main';
import { memoryIo } from './memoryIo';

describe('dispatch', () => {
  const noCommand = () => assert.fail('no command should run');

  it('prints the usage for help, --help and -h (exit 0), and with no command at all (exit 2)', () => {
    for (const [args, code] of [[['help'], 0], [['--help'], 0], [['-h'], 0], [[], 2]] as const) {
      const io = memoryIo({});
      assert.equal(dispatch(args, io, noCommand), code);
      assert.deepEqual([io.out, io.err], [[USAGE], []]);
    }
  });

  it('prints the version for --version and -v', () => {
    for (const flag of ['--version', '-v']) {
      const io = memoryIo({});
      assert.equal(dispatch([flag], io, noCommand), 0);
      assert.deepEqual([io.out, io.err], [['development\n'], []]);
    }
  });

  it('refuses an unknown command with the usage on standard error', () => {
    const io = memoryIo({});
    assert.equal(dispatch(['check', 'news/'], io, noCommand), 2);
    assert.deepEqual([io.out, io.err], [[], [`pressroom: unknown command "check"\n\n${USAGE}`]]);
  });

  it('hands a command its own arguments and returns what it returns', () => {
    const io = memoryIo({});
    const seen: unknown[] = [];
    assert.equal(
      dispatch(['convert', 'a.txt', '--write'], io, (command, rest) => {
        seen.push(command, rest);
        return 1;
      }),
      1,
    );
    assert.deepEqual(seen, ['convert', ['a.txt', '--write']]);
  });

  it('turns a command that throws (a bundle missing from an install) into one line and exit status 2', () => {
    const io = memoryIo({});
    const missing = () => {
      throw new Error("Cannot find module '/opt/pressroom/cli/list.js'");
    };
    assert.equal(dispatch(['list'], io, missing), 2);
    assert.deepEqual([io.out, io.err], [[], ["pressroom: internal error: Cannot find module '/opt/pressroom/cli/list.js'\n"]]);
  });

  it('is what runCli answers with every command built in', () => {
    const io = memoryIo({});
    assert.equal(runCli(['convert', '--help'], io), 0);
    assert.match(io.out.join(''), /^Usage: pressroom convert <files>/);
    const unknown = memoryIo({});
    assert.equal(runCli(['lint'], unknown), 2);
    assert.deepEqual(unknown.err, [`pressroom: unknown command "lint"\n\n${USAGE}`]);
  });
});
