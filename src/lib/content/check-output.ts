import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { formatReport, type ContentProblem } from './messages.ts';

/** How `npm run check` prints: for people, as CI annotations, or as a pull-request comment. */
const CHECK_FORMATS = ['text', 'github', 'markdown'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/**
 * `[--format=github|--format github] [root]`. npm 11 hands `npm run check --format=github` (without --)
 * to the script as a bare `github`, so a bare format name counts too.
 */
export function parseCheckArgs(args: string[]): { format: CheckFormat; root?: string } | { error: string } {
  const flag = args.findIndex((arg) => arg === '--format' || arg.startsWith('--format='));
  const valueIndex = flag >= 0 && !args[flag].includes('=') ? flag + 1 : -1;
  const positional = args.filter((arg, index) => !arg.startsWith('--') && index !== valueIndex);
  const bare = positional.find((arg) => (CHECK_FORMATS as readonly string[]).includes(arg));
  const format = flag < 0 ? (bare ?? 'text') : valueIndex >= 0 ? args[valueIndex] : args[flag].split('=')[1];
  if (!(CHECK_FORMATS as readonly string[]).includes(format)) return { error: `不认识的输出格式“${format}”。可用的格式：${CHECK_FORMATS.join('、')}` };
  return { format: format as CheckFormat, root: positional.find((arg) => arg !== bare) };
}

/** 'stops[2].place' → ['stops', 2, 'place'] */
const segments = (field: string) => field.split(/\.|(?=\[)/).map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part));

/**
 * The line of the file a problem is about: the field's key in the front matter (or the nearest
 * enclosing field that exists), the body line for MDX problems, or undefined for the whole file.
 */
export function problemLine(root: string, problem: ContentProblem): number | undefined {
  const body = /^正文第 (\d+) 行$/.exec(problem.field);
  if (body) return Number(body[1]);
  const file = join(root, problem.file);
  if (!existsSync(file) || problem.field.startsWith('（')) return undefined;
  if (problem.field === '文件名') return 1;
  const source = readFileSync(file, 'utf8');
  // Front matter starts on line 2 of an .mdx file; a .yaml file is all YAML.
  const fence = problem.file.endsWith('.mdx') ? /^---\r?\n([\s\S]*?)^---/m.exec(source) : null;
  if (problem.file.endsWith('.mdx') && !fence) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(fence ? fence[1] : source, { lineCounter });
  const offset = fence ? 1 : 0;
  const path = segments(problem.field);
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    const key = path[depth - 1];
    const start = isMap(parent)
      ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key
      : isSeq(parent) && typeof key === 'number'
        ? parent.items[key]
        : undefined;
    const range = (start as { range?: [number, number, number] } | undefined)?.range;
    if (range) return offset + lineCounter.linePos(range[0]).line;
  }
  return undefined;
}

// The escaping of GitHub's workflow commands (@actions/core): data, then property values.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error file=…,line=…,title=…::message` line per problem, which GitHub shows on the changed line. */
export function formatGithub(problems: ContentProblem[], lineOf: (problem: ContentProblem) => number | undefined): string {
  return problems
    .map((problem) => {
      const line = lineOf(problem);
      const properties = [`file=${escapeProperty(problem.file)}`, ...(line ? [`line=${line}`] : []), `title=${escapeProperty(`字段 ${problem.field}`)}`];
      return `::error ${properties.join(',')}::${escapeData(problem.message)}`;
    })
    .join('\n');
}

/** A pull-request comment: problems grouped by file, each with its line. */
export function formatMarkdown(problems: ContentProblem[], lineOf: (problem: ContentProblem) => number | undefined): string {
  if (problems.length === 0) return '内容检查通过。';
  const files = [...new Set(problems.map((p) => p.file))];
  const sections = files.map((file) => {
    const items = problems
      .filter((p) => p.file === file)
      .map((p) => {
        const line = lineOf(p);
        return `- ${line ? `第 ${line} 行，` : ''}字段 \`${p.field}\`：${p.message}`;
      });
    return [`**${file}**`, '', ...items].join('\n');
  });
  return [`### 内容检查发现 ${problems.length} 处问题（涉及 ${files.length} 个文件）`, '', '合并前请逐条修改。改好后再次提交，检查会自动重新运行。', '', ...sections.flatMap((s) => [s, ''])].join('\n').trimEnd();
}

export function formatProblems(format: CheckFormat, problems: ContentProblem[], root: string): string {
  const lineOf = (problem: ContentProblem) => problemLine(root, problem);
  if (format === 'github') return formatGithub(problems, lineOf);
  if (format === 'markdown') return formatMarkdown(problems, lineOf);
  return formatReport(problems);
}
