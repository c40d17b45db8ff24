/** `npm run check`: validates all content and lists every mistake; exits non-zero if there is any. */
import { calendarReminder, checkContent, formatHoursReadings } from '../src/lib/content/check.ts';
import { BUILD_TIME } from '../src/lib/site/build-time.ts';
import { formatReport } from '../src/lib/content/messages.ts';

const root = process.argv[2] ?? process.cwd();
const { problems, entries, hoursReadings } = checkContent(root, BUILD_TIME);
// Shown either way: a misread hours line is a mistake the check cannot see.
const readings = formatHoursReadings(hoursReadings);
if (readings) console.log(`${readings}\n`);
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`内容检查通过：${entries.length} 个条目。`);
const reminder = calendarReminder(root, BUILD_TIME);
if (reminder) console.warn(reminder);
