/**
 * `npm run check [-- --format=github|markdown] [root]`: validates all content and lists every mistake; exits
 * non-zero if there is any. github prints CI annotations, markdown a pull-request comment (both on
 * stdout, with the usual report on stderr for the log). `npm run check --format=github`, without --, works too.
 */
import { calendarReminder, checkContent, formatHoursReadings } from '../src/lib/content/check.ts';
import { formatProblems, parseCheckArgs } from '../src/lib/content/check-output.ts';
import { formatReport } from '../src/lib/content/messages.ts';
import { BUILD_TIME } from '../src/lib/site/build-time.ts';

const parsed = parseCheckArgs(process.argv.slice(2));
if ('error' in parsed) {
  console.error(parsed.error);
  process.exit(2);
}
const { format } = parsed;
const root = parsed.root ?? process.cwd();

const { problems, entries, hoursReadings } = checkContent(root, BUILD_TIME);
// Shown either way: a misread hours line is a mistake the check cannot see. Machine-read output keeps stdout to itself.
const readings = formatHoursReadings(hoursReadings);
if (readings) (format === 'text' ? console.log : console.error)(`${readings}\n`);
if (problems.length > 0) {
  if (format !== 'text') console.log(formatProblems(format, problems, root));
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`内容检查通过：${entries.length} 个条目。`);
const reminder = calendarReminder(root, BUILD_TIME);
if (reminder) console.warn(reminder);
