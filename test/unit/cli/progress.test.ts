/** The progress line: only on a terminal outside CI, only for runs past half a second, ten redraws a second at most. */
import * as assert from 'node:assert/strict';
import { progressOn, type ProgressTerminal } from '../../../src/cli/progress';

function terminal(options: Partial<Pick<ProgressTerminal, 'isTTY' | 'env'>> = {}): ProgressTerminal & { written: string[]; clock: { ms: number } } {
  const written: string[] = [];
  const clock = { ms: 1000 };
  return { isTTY: options.isTTY ?? true, env: options.env ?? {}, written, clock, write: (text) => void written.push(text), now: () => clock.ms };
}

describe('pressroom validate: progress on a terminal', () => {
  it('shows nothing when standard error is piped or redirected', () => {
    assert.equal(progressOn(terminal({ isTTY: false })), undefined);
  });

  it('shows nothing in CI, whatever CI is set to but empty, false or 0', () => {
    assert.equal(progressOn(terminal({ env: { CI: 'true' } })), undefined);
    assert.equal(progressOn(terminal({ env: { CI: '1' } })), undefined);
    for (const off of ['', 'false', '0']) assert.notEqual(progressOn(terminal({ env: { CI: off } })), undefined);
  });

  it('draws after half a second, at most every 100 ms, and clears its line at the end', () => {
    const tty = terminal();
    const progress = progressOn(tty)!;
    progress.sink(10, 12_000);
    tty.clock.ms += 499;
    progress.sink(20, 12_000);
    assert.deepEqual(tty.written, []);
    tty.clock.ms += 1;
    progress.sink(1234, 12_000);
    tty.clock.ms += 99;
    progress.sink(1300, 12_000);
    tty.clock.ms += 1;
    progress.sink(1400, 12_000);
    progress.finish();
    assert.deepEqual(tty.written, ['\r\x1b[KChecked 1,234 of 12,000 files', '\r\x1b[KChecked 1,400 of 12,000 files', '\r\x1b[K']);
  });

  it('leaves nothing behind for a run that ended before it drew', () => {
    const tty = terminal();
    const progress = progressOn(tty)!;
    progress.sink(5, 5);
    progress.finish();
    assert.deepEqual(tty.written, []);
  });
});
