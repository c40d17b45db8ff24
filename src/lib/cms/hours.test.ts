import { describe, expect, it } from 'vitest';
import { hoursField } from '../../schemas/place.ts';
import { hoursFeedback } from './hours.ts';

describe('what the form shows under the opening-hours box', () => {
  it('nothing while the box is empty', () => {
    expect(hoursFeedback(undefined)).toEqual({ kind: 'none' });
    expect(hoursFeedback('')).toEqual({ kind: 'none' });
    expect(hoursFeedback('  ')).toEqual({ kind: 'none' });
  });

  it('the reading of hours written in Chinese, as the site will show them', () => {
    expect(hoursFeedback('周一至周五 8:00-12:00，14:30-17:30；法定节假日休息')).toEqual({
      kind: 'reading',
      reading: '周一至周五 08:00–12:00、14:30–17:30；法定节假日休息',
      text: '网站将读作：周一至周五 08:00–12:00、14:30–17:30；法定节假日休息',
    });
  });

  it('the reading of OSM syntax too', () => {
    expect(hoursFeedback('Mo-Fr 08:00-12:00; Sa 09:00-12:00; PH off')).toMatchObject({ kind: 'reading', text: '网站将读作：周一至周五 08:00–12:00；周六 09:00–12:00；法定节假日休息' });
  });

  it('Chinese it cannot read: what it read and what it did not, and a short error that blocks publishing', () => {
    const feedback = hoursFeedback('周一至周五 8:00-12:00；周末看情况');
    expect(feedback).toMatchObject({ kind: 'error', error: '开放时间有读不懂的部分：“看情况”。请按框下的说明改正' });
    if (feedback.kind !== 'error') throw new Error('not an error');
    expect(feedback.text).toContain('读懂了“周一至周五 8:00-12:00；周末”，读不懂“看情况”');
    expect(feedback.text).toContain('写法示例');
  });

  it('Chinese that stops short: says it is incomplete', () => {
    const feedback = hoursFeedback('周一至周五');
    expect(feedback).toMatchObject({ kind: 'error', error: '开放时间不完整，请按框下的说明补全' });
    if (feedback.kind !== 'error') throw new Error('not an error');
    expect(feedback.text).toContain('没有写明几点到几点');
  });

  it('OSM syntax beyond the reader is not blocked: the content check judges it', () => {
    expect(hoursFeedback('Mo-Fr sunrise-sunset')).toMatchObject({ kind: 'unchecked' });
  });

  // The form must block exactly what the content check rejects as unreadable Chinese, and let through what it reads.
  it.each(['周一至周五 8:00-12:00，14:30-17:30', '周一至周五 8:00-12:00；周末看情况', '全天开放', '周一至周五', 'Mo-Fr 08:00-12:00'])('agrees with the content check on %s', (text) => {
    const blocked = hoursFeedback(text).kind === 'error';
    expect(blocked).toBe(!hoursField.safeParse(text).success);
  });
});
