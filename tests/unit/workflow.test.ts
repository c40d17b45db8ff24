import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../tools/paths.ts';

const WORKFLOW = '.github/workflows/publish.yml';
const workflow = parse(readFileSync(join(ROOT, WORKFLOW), 'utf8'));
const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
type Step = { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown> };
const steps = (job: string): Step[] => workflow.jobs[job].steps;
const runs = Object.keys(workflow.jobs).flatMap((job) => steps(job).map((step) => step.run ?? '')).join('\n');

describe('the publishing workflow', () => {
  it('runs the content check on pull requests and builds, tests and deploys on main', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.jobs['content-check'].if).toBe("github.event_name == 'pull_request'");
    expect(workflow.jobs.publish.if).toBe("github.event_name == 'push'");
    for (const job of Object.values(workflow.jobs) as Array<{ 'runs-on': unknown; steps: Step[] }>) {
      expect(typeof job['runs-on']).toBe('string'); // Gitea takes only a plain label
      for (const step of job.steps) expect(Boolean(step.run) !== Boolean(step.uses)).toBe(true);
    }
  });
  it('calls only npm scripts and files that exist', () => {
    const called = [...runs.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]);
    expect(called).toContain('check');
    for (const name of called) expect(scripts, `npm run ${name}`).toHaveProperty(name);
    for (const [, file] of runs.matchAll(/bash (\S+)/g)) expect(existsSync(join(ROOT, file)), file).toBe(true);
    expect(runs).toContain('--format=markdown');
  });
  it('comments on the pull request only when the check failed, and deploys only after the tests passed', () => {
    const comment = steps('content-check').find((s) => s.name === '把问题写到合并请求')!;
    expect(comment.if).toBe("failure() && steps.check.outcome == 'failure'");
    const publish = steps('publish');
    const tests = publish.findIndex((s) => s.run === 'bash .ci/run');
    const deploys = publish.map((s, i) => [s.name ?? '', i] as const).filter(([name]) => name.startsWith('发布：'));
    expect(deploys).toHaveLength(2);
    const deployBuild = publish.findIndex((s) => s.run === 'npm run build -- --deploy');
    expect(deployBuild).toBeGreaterThan(tests);
    for (const [, index] of deploys) expect(index).toBeGreaterThan(deployBuild);
    // Publication dates come from each file's first commit: the checkout needs the whole history.
    expect(publish[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
  });
});
