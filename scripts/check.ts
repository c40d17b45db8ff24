/**
 * `npm run check [-- --format=github|markdown] [root]`: validates all content and lists every mistake; exits
 * non-zero if there is any. github prints CI annotations, markdown a pull-request comment (both on
 * stdout, with the usual report on stderr for the log). `npm run check --format=github` works too.
 */
import { calendarReminder, checkContent } from '../src/lib/content/check.ts';
import { CHECK_FORMATS, formatProblems, type CheckFormat } from '../src/lib/content/check-output.ts';
import { formatReport } from '../src/lib/content/messages.ts';
import { BUILD_TIME } from '../src/lib/site/build-time.ts';

const args = process.argv.slice(2);
const formatIndex = args.findIndex((arg) => arg === '--format' || arg.startsWith('--format='));
const formatArg = formatIndex < 0 ? undefined : args[formatIndex].includes('=') ? args[formatIndex].split('=')[1] : args[formatIndex + 1];
// `npm run check --format=github` (without --) reaches the script as npm's config, not as an argument.
const format = formatArg ?? process.env.npm_config_format ?? 'text';
if (!(CHECK_FORMATS as readonly string[]).includes(format)) {
  console.error(`不认识的输出格式“${format}”。可用的格式：${CHECK_FORMATS.join('、')}`);
  process.exit(2);
}
const positional = args.filter((arg, index) => !arg.startsWith('--') && !(formatIndex >= 0 && !args[formatIndex].includes('=') && index === formatIndex + 1));
const root = positional[0] ?? process.cwd();

const { problems, entries } = checkContent(root);
if (problems.length > 0) {
  if (format === 'text') {
    console.error(formatReport(problems));
  } else {
    console.log(formatProblems(format as CheckFormat, problems, root));
    console.error(formatReport(problems));
  }
  process.exit(1);
}
console.log(`内容检查通过：${entries.length} 个条目。`);
const reminder = calendarReminder(root, BUILD_TIME);
if (reminder) console.warn(reminder);
