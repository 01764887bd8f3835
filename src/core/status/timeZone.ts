/**
 * Wall-clock dates in a named time zone (IANA, e.g. Europe/London): a release's `09:30 02/12/2026` is
 * 09:30 where the press office is, whatever zone the editor or the CI machine runs in. Intl only, so it
 * runs in a browser.
 */
import type { DateTimeParts } from '../dates/pressDate';

/** The zone of the machine (or browser) this runs on. */
export function machineTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether a name is a time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  if (name.trim() === '') return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** How far the zone's clocks are ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant (ms since 1970) a wall-clock time in a zone names. A time repeated when clocks go back is
 * its first occurrence; a time skipped when they go forward is read with the offset before the change
 * (01:30 on the night London's clocks go forward is 02:30 summer time).
 */
export function instantIn(parts: DateTimeParts, timeZone: string): number {
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  const before = wall - offsetAt(wall - HALF_DAY, timeZone);
  const after = wall - offsetAt(wall + HALF_DAY, timeZone);
  const real = [before, after].filter((instant) => wall - instant === offsetAt(instant, timeZone));
  return real.length > 0 ? Math.min(...real) : before;
}

const HALF_DAY = 12 * 60 * 60 * 1000;

/** The zone a configuration puts releases' dates in: its `timeZone`, else the machine's. */
export function timeZoneOf(config: { readonly timeZone?: string }): string {
  return config.timeZone && isTimeZone(config.timeZone) ? config.timeZone : machineTimeZone();
}
