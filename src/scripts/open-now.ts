/**
 * Open-now status on pages that show opening hours: recomputes "open now / closed, opens at …" and
 * the coming closures from the precomputed schedule, in Asia/Shanghai time whatever the visitor's zone.
 */
import { closuresAhead, formatStatus, statusAt } from '../lib/hours/status.ts';
import { formatIntervals } from '../lib/hours/weekly-table.ts';
import { formatMonthDay } from '../lib/hours/dates.ts';
import type { CompiledSchedule } from '../lib/hours/types.ts';

function refresh() {
  const now = new Date();
  for (const box of document.querySelectorAll<HTMLElement>('[data-open-now]')) {
    const schedule = JSON.parse(box.dataset.schedule ?? '{}') as CompiledSchedule;
    const status = box.querySelector('[data-open-now-status]');
    if (status) status.textContent = statusAt(schedule, now).state === 'unknown' ? '开放时间需要重新核实，请先电话确认。' : formatStatus(statusAt(schedule, now));
    const closures = box.querySelector('[data-open-now-closures] ul, [data-open-now-closures] p');
    if (closures) {
      const items = closuresAhead(schedule, now, 14);
      const list = document.createElement(items.length > 0 ? 'ul' : 'p');
      list.className = items.length > 0 ? 'mt-2 list-disc pl-6' : 'mt-2';
      if (items.length === 0) list.textContent = '没有节假日调整。';
      for (const c of items) {
        const item = document.createElement('li');
        item.textContent = `${formatMonthDay(c.date)}（${c.weekdayLabel}）：${c.intervals.length === 0 ? '休息' : formatIntervals(c.intervals)}${c.reason ? `，${c.reason}` : ''}`;
        list.append(item);
      }
      closures.replaceWith(list);
    }
  }
}

refresh();
// Keep a page left open honest as the hour turns.
setInterval(refresh, 60_000);
