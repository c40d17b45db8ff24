/**
 * When each content file was first committed, read from git once per build: the date an entry
 * appeared on the site when no editor gave one. Where git cannot tell (no git, not a repository,
 * a shallow clone whose oldest commit would look like the day everything was added), there is no
 * such date, and pages show none rather than an invented one.
 */
import { spawnSync } from 'node:child_process';

interface FirstAdded {
  /** Path relative to the repository root (content/cases/x.mdx) → commit time of its first addition. */
  dates: Map<string, Date>;
  /** Why there are no dates, for the build log; undefined when git answered. */
  unavailable?: string;
}

const git = (root: string, args: string[]) => spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export function firstAddedDates(root: string, folder = 'content'): FirstAdded {
  const shallow = git(root, ['rev-parse', '--is-shallow-repository']);
  if (shallow.error || shallow.status !== 0) return { dates: new Map(), unavailable: '不是 git 仓库或没有安装 git' };
  if (shallow.stdout.trim() === 'true') return { dates: new Map(), unavailable: '仓库是浅克隆（shallow clone），最早的提交看起来像是所有文件的加入日期；请用完整克隆（如 fetch-depth: 0）' };
  const prefix = git(root, ['rev-parse', '--show-prefix']).stdout.trim();
  // --no-renames: a renamed file counts as added under its new name, the name its page has.
  const log = git(root, ['log', '--diff-filter=A', '--no-renames', '--format=%x00%cI', '--name-only', '--', folder]);
  if (log.status !== 0) return { dates: new Map(), unavailable: `git log 出错：${log.stderr.trim()}` };
  const dates = new Map<string, Date>();
  // Newest commit first: a file added, deleted and added again keeps its oldest date, seen last.
  for (const commit of log.stdout.split('\0').slice(1)) {
    const [time, ...files] = commit.split('\n').filter(Boolean);
    for (const file of files) dates.set(prefix && file.startsWith(prefix) ? file.slice(prefix.length) : file, new Date(time));
  }
  return { dates };
}
