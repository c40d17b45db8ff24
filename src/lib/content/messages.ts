import type { z } from 'astro/zod';

/** One mistake an editor must fix: which file, which field, what is wrong and what is allowed. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Field paths as editors see them in YAML: stops[2].place, location.lat. */
function fieldPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '') || '（整个文件）';
}

export function problemsFromZod(file: string, error: z.ZodError, prefix: ReadonlyArray<string | number> = []): ContentProblem[] {
  return error.issues.map((issue) => ({ file, field: fieldPath([...prefix, ...issue.path]), message: issue.message }));
}

function formatProblem(problem: ContentProblem): string {
  return `${problem.file}\n  字段 ${problem.field}：${problem.message}`;
}

export function formatReport(problems: ContentProblem[]): string {
  if (problems.length === 0) return '内容检查通过。';
  const files = new Set(problems.map((p) => p.file)).size;
  return [`内容检查发现 ${problems.length} 处问题（涉及 ${files} 个文件），请逐条修改后再发布：`, '', ...problems.map(formatProblem)].join('\n');
}
