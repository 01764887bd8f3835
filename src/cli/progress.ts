/**
 * A progress line for long runs on a terminal: "Checked 1,234 of 10,000 files", redrawn in place on
 * standard error. Never in CI logs (env CI) or when standard error is piped or redirected, never for a
 * run that ends within half a second, and at most ten redraws a second.
 */
import { formatCount } from '../core';
import type { ProgressSink } from './checkRun';

export interface ProgressTerminal {
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  write(text: string): void;
  /** Milliseconds (Date.now in the CLI; a counter in tests). */
  now(): number;
}

const FIRST_DRAW_AFTER_MS = 500;
const REDRAW_EVERY_MS = 100;
const CLEAR_LINE = '\r\x1b[K';

export interface Progress {
  readonly sink: ProgressSink;
  /** Removes the line, if one was drawn, before the summary is printed. */
  finish(): void;
}

/** Undefined when no progress should be shown at all. */
export function progressOn(terminal: ProgressTerminal): Progress | undefined {
  const ci = terminal.env.CI;
  if (!terminal.isTTY || (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0')) return undefined;
  const start = terminal.now();
  let lastDraw: number | undefined;
  return {
    sink(done, total) {
      const now = terminal.now();
      if (now - start < FIRST_DRAW_AFTER_MS || done >= total) return;
      if (lastDraw !== undefined && now - lastDraw < REDRAW_EVERY_MS) return;
      lastDraw = now;
      terminal.write(`${CLEAR_LINE}Checked ${formatCount(done)} of ${formatCount(total)} files`);
    },
    finish() {
      if (lastDraw !== undefined) terminal.write(CLEAR_LINE);
    },
  };
}
