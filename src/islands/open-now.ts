/**
 * Open-now status on pages that show opening hours: recomputes "open now / closed, opens at …" and
 * the coming closures from the precomputed schedule, in Asia/Shanghai time whatever the visitor's zone.
 */
import { closuresSummary, formatStatus, statusAt } from '../lib/hours/status.ts';
import { closureText, holidayLine } from '../lib/hours/weekly-table.ts';
import type { CompiledSchedule } from '../lib/hours/types.ts';

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'mt-2';
  p.textContent = text;
  return p;
}

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
      const parts: HTMLElement[] = [];
      if (items.length > 0) {
        const list = document.createElement('ul');
        list.className = 'mt-2 list-disc pl-6';
        for (const c of items) list.append(Object.assign(document.createElement('li'), { textContent: closureText(c) }));
        parts.push(list);
      }
      if (none) parts.push(paragraph(none));
      if (notice) parts.push(paragraph(notice));
      closures.replaceChildren(...parts);
    }
  }
}

refresh();
// Keep a page left open honest as the hour turns.
setInterval(refresh, 60_000);
