/**
 * OSM's PH ("public holiday") selector, for the opening_hours library, which does not know China's
 * holidays: without a country it silently applies Germany's (Good Friday, Whit Monday, Christmas),
 * and its own Chinese list is not the State Council's. The calendar knows the holidays, so the library
 * is given the string without PH for ordinary days, and with PH standing for the weekday on a holiday:
 * "Mo-Fr 08:00-17:00; PH off" on a Thursday holiday reads "Mo-Fr 08:00-17:00; Th off", keeping OSM's
 * rule order. PH is understood at the head of a rule's weekday selector, where the site writes it.
 */
import type { Weekday } from './types.ts';

const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?';
const LEADING_DAYS = new RegExp(`^(\\s*)(${DAY}(?:,${DAY})*)(?=\\s|$)`);

/** Whether the string uses PH outside its "comments". */
export function mentionsHolidays(osm: string): boolean {
  return osm.split('"').some((piece, i) => i % 2 === 0 && /\bPH\b/.test(piece));
}

/** The string as it reads on an ordinary day: PH dropped from each selector, a PH-only rule dropped. */
export function ordinaryDayRule(osm: string): string {
  return rewrite(osm, (days) => days.filter((d) => d !== 'PH'));
}

/** The string as it reads on a public holiday falling on `weekday`. */
export function holidayRule(osm: string, weekday: Weekday): string {
  return rewrite(osm, (days) => days.map((d) => (d === 'PH' ? weekday : d)));
}

/** Throws, in Chinese, when PH stands where these rewrites cannot reach it (after a month, say). */
function rewrite(osm: string, change: (days: string[]) => string[]): string {
  const rules = splitRules(osm).flatMap((rule) => {
    const found = LEADING_DAYS.exec(rule);
    if (!found || !found[2].split(',').includes('PH')) return [rule];
    const days = change(found[2].split(','));
    return days.length > 0 ? [`${found[1]}${days.join(',')}${rule.slice(found[0].length)}`] : [];
  });
  const result = rules.join(';');
  if (mentionsHolidays(result)) throw new Error(`开放时间中的 PH（法定节假日）应写在一条规则的开头，例如 Mo-Fr 08:00-17:00; PH off：“${osm}”`);
  return result.trim() || 'off';
}

/** Rules split at the semicolons outside "comments". */
function splitRules(osm: string): string[] {
  const rules = [''];
  let quoted = false;
  for (const char of osm) {
    if (char === '"') quoted = !quoted;
    if (char === ';' && !quoted) rules.push('');
    else rules[rules.length - 1] += char;
  }
  return rules;
}
