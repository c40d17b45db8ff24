import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../../tools/paths.ts';
import { copyContent } from '../../../tests/helpers/content-copy.ts';
import { checkContent } from './check.ts';
import { formatGithub, formatMarkdown, formatProblems, parseCheckArgs, problemLine } from './check-output.ts';

const POINT = 'content/service-points/xinfeng-shequ.mdx';

/** 1-based line of the first line of the file that starts with `start`. */
const lineStarting = (file: string, start: string) => readFileSync(join(ROOT, file), 'utf8').split('\n').findIndex((line) => line.startsWith(start)) + 1;

describe('the line a problem is on', () => {
  const at = (file: string, field: string) => problemLine(ROOT, { file, field, message: '' });
  it('is the field’s key in the front matter, counting the opening ---', () => {
    expect(at(POINT, 'region')).toBe(lineStarting(POINT, 'region:'));
    expect(at(POINT, 'location.lat')).toBe(lineStarting(POINT, '  lat:'));
    expect(at(POINT, 'services[1]')).toBe(lineStarting(POINT, 'services:') + 2);
  });
  it('falls back to the nearest field that exists, and is the body line for MDX problems', () => {
    expect(at(POINT, 'location.system')).toBe(lineStarting(POINT, 'location:'));
    expect(at(POINT, '正文第 30 行')).toBe(30);
    expect(at(POINT, '（文件头）')).toBeUndefined();
  });
  it('reads plain YAML files such as the holiday calendar', () => {
    const holidayLines = readFileSync(join(ROOT, 'content/calendar.yaml'), 'utf8').split('\n').flatMap((line, index) => (/^\s+- \{ ?name:/.test(line) ? [index + 1] : []));
    expect(at('content/calendar.yaml', 'holidays[1].to')).toBe(holidayLines[1]);
  });
});

describe('check output for CI', () => {
  const problems = [{ file: POINT, field: 'region', message: '市县“haikou”不存在。可用的值：lingao、wenchang\n第二行 100%' }];
  it('writes GitHub workflow commands, escaped as @actions/core does', () => {
    expect(formatGithub(problems, () => 4)).toBe(`::error file=${POINT},line=4,title=字段 region::市县“haikou”不存在。可用的值：lingao、wenchang%0A第二行 100%25`);
    expect(formatGithub([{ file: 'a,b:c.mdx', field: 'x', message: 'm' }], () => undefined)).toBe('::error file=a%2Cb%3Ac.mdx,title=字段 x::m');
  });
  it('writes a pull-request comment grouped by file', () => {
    const text = formatMarkdown([...problems, { file: POINT, field: 'town', message: '镇不存在' }, { file: 'content/calendar.yaml', field: 'holidays[1].to', message: '日期有误' }], (p) => (p.field === 'town' ? 5 : undefined));
    expect(text).toMatch(/^### 内容检查发现 3 处问题（涉及 2 个文件）/);
    expect(text).toContain(`**${POINT}**\n\n- 字段 \`region\`：市县“haikou”不存在`);
    expect(text).toContain('- 第 5 行，字段 `town`：镇不存在');
  });
});

describe('npm run check --format', () => {
  it('takes the format as --format=x, --format x, or bare as npm 11 passes it, besides the content root', () => {
    expect(parseCheckArgs([])).toEqual({ format: 'text', root: undefined });
    expect(parseCheckArgs(['--format=github', '/r'])).toEqual({ format: 'github', root: '/r' });
    expect(parseCheckArgs(['/r', '--format', 'markdown'])).toEqual({ format: 'markdown', root: '/r' });
    expect(parseCheckArgs(['github'])).toEqual({ format: 'github', root: undefined });
    expect(parseCheckArgs(['--format=xml'])).toEqual({ error: expect.stringContaining('不认识的输出格式“xml”') });
  });

  let copy: ReturnType<typeof copyContent> | undefined;
  afterEach(() => copy?.remove());
  it('prints one annotation per problem on the field’s line, with the usual report for the log, and fails', () => {
    copy = copyContent();
    copy.edit(POINT, (text) => text.replace('region: wenchang', 'region: haikou'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/check.ts'), '--format=github', copy.root], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const line = lineStarting(POINT, 'region:');
    expect(run.stdout).toContain(`::error file=${POINT},line=${line},title=字段 region::市县“haikou”不存在`);
    expect(run.stderr).toContain('内容检查发现');
    expect(formatProblems('markdown', checkContent(copy.root).problems, copy.root)).toContain(`- 第 ${line} 行，字段 \`region\`：市县“haikou”不存在`);
  }, 120_000);
});
