// Today, for the rules that compare a due date with it: the local date, or BOUSSOLE_TODAY
// (YYYY-MM-DD) when set, so tests and demonstrations can stand on a chosen day.
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function today(now = new Date()): string {
  const fixed = process.env.BOUSSOLE_TODAY;
  if (fixed && DAY.test(fixed)) return fixed;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
