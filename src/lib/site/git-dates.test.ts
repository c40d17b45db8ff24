import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstAddedDates } from './git-dates.ts';

let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  dirs = [];
});

function repo() {
  const root = mkdtempSync(join(tmpdir(), 'git-dates-'));
  dirs.push(root);
  const git = (args: string[], date?: string) => {
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }) };
    const result = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', env });
    if (result.status !== 0) throw new Error(result.stderr);
  };
  git(['init', '-q']);
  const commit = (file: string, text: string, date: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
    git(['add', '-A']);
    git(['commit', '-q', '-m', file], date);
  };
  return { root, git, commit };
}

describe('firstAddedDates', () => {
  it('gives each content file the time of the commit that first added it, not of later edits', () => {
    const { root, commit } = repo();
    commit('content/cases/a.mdx', 'one', '2026-03-01T10:00:00+08:00');
    commit('content/cases/b.mdx', 'two', '2026-04-02T23:30:00+08:00');
    commit('content/cases/a.mdx', 'edited', '2026-05-03T10:00:00+08:00');
    commit('README.md', 'outside content', '2026-05-04T10:00:00+08:00');
    const { dates, unavailable } = firstAddedDates(root);
    expect(unavailable).toBeUndefined();
    expect(Object.fromEntries([...dates].map(([file, date]) => [file, date.toISOString()]))).toEqual({
      'content/cases/a.mdx': '2026-03-01T02:00:00.000Z',
      'content/cases/b.mdx': '2026-04-02T15:30:00.000Z',
    });
  });

  it('counts a renamed file as added under its new name, the name its page has', () => {
    const { root, git, commit } = repo();
    commit('content/cases/old.mdx', 'text', '2026-03-01T10:00:00+08:00');
    git(['mv', 'content/cases/old.mdx', 'content/cases/new.mdx']);
    git(['commit', '-q', '-m', 'rename'], '2026-06-01T10:00:00+08:00');
    expect(firstAddedDates(root).dates.get('content/cases/new.mdx')?.toISOString()).toBe('2026-06-01T02:00:00.000Z');
  });

  it('gives no dates, and says why, outside a repository or in a shallow clone', () => {
    const plain = mkdtempSync(join(tmpdir(), 'no-git-'));
    dirs.push(plain);
    expect(firstAddedDates(plain)).toEqual({ dates: new Map(), unavailable: expect.stringContaining('不是 git 仓库') });

    const { root, commit } = repo();
    commit('content/cases/a.mdx', 'one', '2026-03-01T10:00:00+08:00');
    commit('content/cases/b.mdx', 'two', '2026-04-01T10:00:00+08:00');
    const shallow = mkdtempSync(join(tmpdir(), 'shallow-'));
    dirs.push(shallow);
    spawnSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, shallow]);
    expect(firstAddedDates(shallow)).toEqual({ dates: new Map(), unavailable: expect.stringContaining('浅克隆') });
  });
});
