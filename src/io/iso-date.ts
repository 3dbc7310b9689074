/**
 * `value` is a date written YYYY-MM-DD that the calendar has: "2025-02-30" and "2025-13-01" are not.
 * Date.parse checks only the ranges of the fields (it takes "2025-02-30" for 2 March), so the date is read
 * as midnight UTC and must come back the same from toISOString.
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
