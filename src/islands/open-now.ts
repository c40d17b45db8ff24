/**
 * Open-now status on pages that show opening hours: recomputes "open now / closed, opens at …" and
 * the coming closures from the precomputed schedule, in Asia/Shanghai time whatever the visitor's zone.
 */
import { closuresSummary, formatStatus, statusAt } from '../lib/hours/status.ts';
import { closureText, holidayLine } from '../lib/hours/weekly-table.ts';
import type { CompiledSchedule } from '../lib/hours/types.ts';
import { h } from './dom.ts';

function refresh() {
  const now = new Date();
  for (const box of document.querySelectorAll<HTMLElement>('[data-open-now]')) {
    const schedule = JSON.parse(box.dataset.schedule ?? '{}') as CompiledSchedule;
    const status = box.querySelector('[data-open-now-status]');
    if (status) status.textContent = formatStatus(statusAt(schedule, now));
    const holidays = box.querySelector('[data-open-now-holidays]');
    if (holidays) holidays.textContent = holidayLine(schedule, now);
    const closures = box.querySelector('[data-open-now-closures]');
    if (closures) {
      const { closures: items, none, notice } = closuresSummary(schedule, now, 14);
      closures.replaceChildren(
        ...(items.length > 0 ? [h('ul', { class: 'mt-2 list-disc pl-6' }, ...items.map((c) => h('li', {}, closureText(c))))] : []),
        ...[none, notice].flatMap((text) => (text ? [h('p', { class: 'mt-2' }, text)] : [])),
      );
    }
  }
}

refresh();
// Keep a page left open honest as the hour turns.
setInterval(refresh, 60_000);
