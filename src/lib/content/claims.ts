import type { ContentProblem } from './messages.ts';
import type { ValidEntry } from './references.ts';

/**
 * Practical claims that only the place itself can vouch for: whether it receives groups, what
 * admission costs, whether its position is exact. Until the place is confirmed they are unknown,
 * and a page must say so rather than state them.
 */
const PRACTICAL_CLAIMS: Record<string, { label: string; present: (data: ValidEntry['data']) => boolean }> = {
  receivesGroups: { label: '是否接待团体参观', present: (data) => data.receivesGroups !== undefined },
  receivesStudyVisits: { label: '是否接待研学和参观团体', present: (data) => data.receivesStudyVisits !== undefined },
  admission: { label: '门票', present: (data) => data.admission !== undefined },
  'location.precision': { label: '准确位置（exact）', present: (data) => data.location?.precision === 'exact' },
};

export function checkPracticalClaims(entries: ValidEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (entry.data.confirmation?.status !== 'unconfirmed') continue;
    for (const [field, claim] of Object.entries(PRACTICAL_CLAIMS)) {
      if (!claim.present(entry.data)) continue;
      problems.push({
        file: entry.file,
        field,
        message: `这个地点尚未核实（confirmation.status: unconfirmed），不能写“${claim.label}”这类只有单位才能确认的信息。请删去这一项（页面会显示“尚未核实”），或向单位核实后把 confirmation.status 改为 confirmed 并写上 checkedOn`,
      });
    }
  }
  return problems;
}
