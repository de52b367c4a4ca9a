/** A fixed day, YYYY-MM-DD, for end-to-end tests and demonstrations; the server reads the same variable. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the consultant's time zone, as YYYY-MM-DD, unless BOUSSOLE_TODAY stands it on another day. */
export function today(now = new Date(), fixed = process.env.BOUSSOLE_TODAY): string {
  if (fixed && DAY.test(fixed)) return fixed;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
