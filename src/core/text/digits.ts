/** Numbers written for dates and file names: `7` → `07`, and a calendar day as `2026-03-07`. */
export function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** The ISO 8601 calendar date of the parts (`YYYY-MM-DD`), as file names and `date` fields write it. */
export function isoDay(parts: { readonly year: number; readonly month: number; readonly day: number }): string {
  return `${parts.year}-${twoDigits(parts.month)}-${twoDigits(parts.day)}`;
}
