const LOCAL_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the city (Asia/Shanghai), as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return LOCAL_DATE.format(now);
}

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** True when a term covers `day` (both ends inclusive; an open end never ends). */
export function termCovers(startsOn: string, endsOn: string | null | undefined, day: string): boolean {
  return startsOn <= day && (!endsOn || endsOn >= day);
}
