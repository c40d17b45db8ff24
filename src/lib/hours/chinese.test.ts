import opening_hours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { isChineseHours, readHours } from './chinese.ts';
import { compileSchedule } from './compile.ts';

/** The reading ends with how holidays are kept; most phrasings below do not say, and so are read as closed. */
const UNSAID = '法定节假日休息（未写明，按休息处理）';

// [as written, OSM, reading]
const PHRASINGS: [string, string, string][] = [
  ['周一至周五 8:00-12:00，14:30-17:30；周六上午 9:00-12:00；法定节假日休息', 'Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00; PH off', '周一至周五 08:00–12:00、14:30–17:30；周六 09:00–12:00；法定节假日休息'],
  ['周一到周五 8:00-12:00, 14:30-17:30', 'Mo-Fr 08:00-12:00,14:30-17:30', `周一至周五 08:00–12:00、14:30–17:30；${UNSAID}`],
  ['星期一至星期五 上午8:00-12:00 下午14:30-17:30', 'Mo-Fr 08:00-12:00,14:30-17:30', `周一至周五 08:00–12:00、14:30–17:30；${UNSAID}`],
  ['礼拜一至礼拜五 8:00-17:00', 'Mo-Fr 08:00-17:00', `周一至周五 08:00–17:00；${UNSAID}`],
  ['工作日 8:30-17:30', 'Mo-Fr 08:30-17:30', `周一至周五 08:30–17:30；${UNSAID}`],
  ['每天 9:00-17:00', 'Mo-Su 09:00-17:00', `每天 09:00–17:00；${UNSAID}`],
  ['每日8:30—17:30', 'Mo-Su 08:30-17:30', `每天 08:30–17:30；${UNSAID}`],
  ['周一至周日 9:00~17:00', 'Mo-Su 09:00-17:00', `每天 09:00–17:00；${UNSAID}`],
  ['全天24小时开放', 'Mo-Su 00:00-24:00', `每天 24小时；${UNSAID}`],
  ['24小时', 'Mo-Su 00:00-24:00', `每天 24小时；${UNSAID}`],
  ['周末 9:00-12:00', 'Sa,Su 09:00-12:00', `周六、周日 09:00–12:00；${UNSAID}`],
  ['双休日休息，工作日 8:00-17:00', 'Mo-Fr 08:00-17:00', `周一至周五 08:00–17:00；${UNSAID}`],
  ['周一至周五 8点-12点，14点30-17点30', 'Mo-Fr 08:00-12:00,14:30-17:30', `周一至周五 08:00–12:00、14:30–17:30；${UNSAID}`],
  ['周一至周五 上午八点半至十二点，下午两点半至五点半', 'Mo-Fr 08:30-12:00,14:30-17:30', `周一至周五 08:30–12:00、14:30–17:30；${UNSAID}`],
  ['上午9时至11时30分', 'Mo-Su 09:00-11:30', `每天 09:00–11:30；${UNSAID}`],
  ['周一至周五 ８：００－１２：００，１４：３０－１７：３０', 'Mo-Fr 08:00-12:00,14:30-17:30', `周一至周五 08:00–12:00、14:30–17:30；${UNSAID}`],
  ['周一至周五 8.30-12.00，14.30-17.30', 'Mo-Fr 08:30-12:00,14:30-17:30', `周一至周五 08:30–12:00、14:30–17:30；${UNSAID}`],
  ['周一至周五8:00~12:00 14:30~17:30', 'Mo-Fr 08:00-12:00,14:30-17:30', `周一至周五 08:00–12:00、14:30–17:30；${UNSAID}`],
  ['周一至周五 8:00-12:00；14:30-17:30', 'Mo-Fr 08:00-12:00,14:30-17:30', `周一至周五 08:00–12:00、14:30–17:30；${UNSAID}`],
  ['周一至周五 上午 8:00-12:00 下午 2:30-5:30', 'Mo-Fr 08:00-12:00,14:30-17:30', `周一至周五 08:00–12:00、14:30–17:30；${UNSAID}`],
  ['周一至周五 8:00-5:30', 'Mo-Fr 08:00-17:30', `周一至周五 08:00–17:30；${UNSAID}`],
  ['星期一到星期六 9点到下午5点', 'Mo-Sa 09:00-17:00', `周一至周六 09:00–17:00；${UNSAID}`],
  ['每天 晚上7点至9点', 'Mo-Su 19:00-21:00', `每天 19:00–21:00；${UNSAID}`],
  ['每天 18:00至次日2:00', 'Mo-Su 18:00-02:00', `每天 18:00–次日02:00；${UNSAID}`],
  ['开放时间：周一至周五 8:00-17:00', 'Mo-Fr 08:00-17:00', `周一至周五 08:00–17:00；${UNSAID}`],
  ['周一、周三、周五 9:00-11:30', 'Mo,We,Fr 09:00-11:30', `周一、周三、周五 09:00–11:30；${UNSAID}`],
  ['周一至周五 9:00-21:00，周末 9:00-17:00', 'Mo-Fr 09:00-21:00; Sa,Su 09:00-17:00', `周一至周五 09:00–21:00；周六、周日 09:00–17:00；${UNSAID}`],
  ['周一至周六 8:30-12:00，14:30-18:00', 'Mo-Sa 08:30-12:00,14:30-18:00', `周一至周六 08:30–12:00、14:30–18:00；${UNSAID}`],
  // Closing days and lunch breaks.
  ['9:00-17:00（周一闭馆）', 'Tu-Su 09:00-17:00', `周二至周日 09:00–17:00；${UNSAID}`],
  ['每天9:00-17:00（周一除外）', 'Tu-Su 09:00-17:00', `周二至周日 09:00–17:00；${UNSAID}`],
  ['除周一外，每天 9:00-17:00', 'Tu-Su 09:00-17:00', `周二至周日 09:00–17:00；${UNSAID}`],
  ['8:00-12:00，14:30-17:30（周六、周日休息）', 'Mo-Fr 08:00-12:00,14:30-17:30', `周一至周五 08:00–12:00、14:30–17:30；${UNSAID}`],
  ['周一至周五 8:00-17:30，12:00-14:30休息', 'Mo-Fr 08:00-12:00,14:30-17:30', `周一至周五 08:00–12:00、14:30–17:30；${UNSAID}`],
  ['周一至周五 8:00-12:00、14:30-17:30，中午休息', 'Mo-Fr 08:00-12:00,14:30-17:30', `周一至周五 08:00–12:00、14:30–17:30；${UNSAID}`],
  ['周一至周五 8:00-17:00，午休 12:00-13:30', 'Mo-Fr 08:00-12:00,13:30-17:00', `周一至周五 08:00–12:00、13:30–17:00；${UNSAID}`],
  ['周一至周五 8:00-18:00（12:00-14:00午休）', 'Mo-Fr 08:00-12:00,14:00-18:00', `周一至周五 08:00–12:00、14:00–18:00；${UNSAID}`],
  ['星期一至星期五：上午8：30—12：00，下午2：30—5：30', 'Mo-Fr 08:30-12:00,14:30-17:30', `周一至周五 08:30–12:00、14:30–17:30；${UNSAID}`],
  // Holidays.
  ['周一至周五 上午8:00至12:00，下午2:30至5:30；法定节假日休息', 'Mo-Fr 08:00-12:00,14:30-17:30; PH off', '周一至周五 08:00–12:00、14:30–17:30；法定节假日休息'],
  ['周一至周五 8:00-12:00，14:30-17:30；周六、周日及法定节假日休息', 'Mo-Fr 08:00-12:00,14:30-17:30; PH off', '周一至周五 08:00–12:00、14:30–17:30；法定节假日休息'],
  ['周一至周五（节假日除外）9:00-17:00', 'Mo-Fr 09:00-17:00; PH off', '周一至周五 09:00–17:00；法定节假日休息'],
  ['每天9:00-17:00，节假日照常开放', 'Mo-Su 09:00-17:00; PH 09:00-17:00', '每天 09:00–17:00；法定节假日 09:00–17:00'],
  ['周二至周日 9:00-17:00，逢周一闭馆（法定节假日除外）', 'Tu-Su 09:00-17:00; PH 09:00-17:00', '周二至周日 09:00–17:00；法定节假日 09:00–17:00'],
  ['周一至周五 9:00-17:00；节假日 9:00-12:00', 'Mo-Fr 09:00-17:00; PH 09:00-12:00', '周一至周五 09:00–17:00；法定节假日 09:00–12:00'],
  ['全年无休 8:00-22:00', 'Mo-Su 08:00-22:00; PH 08:00-22:00', '每天 08:00–22:00；法定节假日 08:00–22:00'],
  // Remarks kept as notes.
  ['周二至周日 9:00-17:00（16:30停止入馆）', 'Tu-Su 09:00-17:00 open "16:30停止入馆"', `周二至周日 09:00–17:00（16:30停止入馆）；${UNSAID}`],
  ['周二至周日 9:00-17:00，16:30停止入馆，逢周一闭馆', 'Tu-Su 09:00-17:00 open "16:30停止入馆"', `周二至周日 09:00–17:00（16:30停止入馆）；${UNSAID}`],
  ['周三至周日 10:00-18:00（17:30停止入场），周一、周二闭馆', 'We-Su 10:00-18:00 open "17:30停止入场"', `周三至周日 10:00–18:00（17:30停止入场）；${UNSAID}`],
  ['周一至周五 8:00-12:00 14:30-17:30 需提前预约', 'Mo-Fr 08:00-12:00,14:30-17:30 open "需提前预约"', `周一至周五 08:00–12:00、14:30–17:30（需提前预约）；${UNSAID}`],
  [
    '周一至周五 8:00-12:00，14:30-17:30（团体参观请提前一天电话预约）',
    'Mo-Fr 08:00-12:00,14:30-17:30 open "团体参观请提前一天电话预约"',
    `周一至周五 08:00–12:00、14:30–17:30（团体参观请提前一天电话预约）；${UNSAID}`,
  ],
];

describe('readHours on Chinese phrasings', () => {
  it('has a table worth the name', () => expect(PHRASINGS.length).toBeGreaterThanOrEqual(30));

  it.each(PHRASINGS)('%s', (text, osm, reading) => {
    expect(isChineseHours(text)).toBe(true);
    expect(readHours(text)).toEqual({ ok: true, osm, reading });
  });

  it.each(PHRASINGS)('gives OSM the opening_hours library accepts without warnings: %s', (text, osm) => {
    expect(new opening_hours(osm, null, { locale: 'zh' } as never).getWarnings()).toEqual([]);
  });

  it('compiles to the hours it reads', () => {
    const result = readHours('周二至周日 9:00-17:00（16:30停止入馆），逢周一闭馆（法定节假日除外）');
    expect(result.ok).toBe(true);
    const calendar = { holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-07' }], workdays: [] };
    const s = compileSchedule(result.ok ? result.osm : '', calendar, { from: new Date('2026-09-28T00:00:00+08:00'), days: 14 });
    expect(s.weekly.Mo).toEqual([]);
    expect(s.weekly.Tu).toEqual([[540, 1020]]);
    expect(s.exceptions['2026-10-05']).toEqual({ intervals: [[540, 1020]], reason: '国庆节' }); // a Monday holiday
  });
});

// [as written, understood, not understood, why (part of the message)]
const FAILURES: [string, string, string, string][] = [
  ['周一至周五 8:00-12:00，周六上午', '周一至周五 8:00-12:00，周六', '上午', '“上午”后面没有写明几点到几点'],
  ['周一至周五 8:00-12:00 下午', '周一至周五 8:00-12:00', '下午', '“下午”后面没有写明几点到几点'],
  ['周一至周五 9点至', '周一至周五', '9点至', '没有写明到几点'],
  ['每天 9:00-17:00，春节期间闭馆', '每天 9:00-17:00', '春节期间闭馆', '这里的写法不认识'],
  ['全天开放', '', '全天开放', '24 小时开放请写“24小时”'],
  ['周一至周五 8-12', '周一至周五', '8-12', '请写成 8:00-12:00 或 8点到12点'],
  ['周一至周五 18:00-2:00', '周一至周五', '18:00-2:00', '过了午夜请写“次日”'],
  ['周一至周五 25:00-26:00', '周一至周五', '25:00-26:00', '时间应在 0:00 到 24:00 之间'],
  ['周一至周五 8:00-17:30，中午休息', '周一至周五 8:00-17:30', '中午休息', '没有写明中午几点到几点休息'],
  ['周一至周五 8:00-17:00，周六 9:00-12:00，节假日照常开放', '周一至周五 8:00-17:00，周六 9:00-12:00，节假日', '照常开放', '请写明节假日几点到几点'],
  ['9:00-17:00（周六 9点到）', '9:00-17:00（周六', '9点到）', '没有写明到几点'],
  ['周一至周五；周六 9:00-12:00', '', '周一至周五；周六 9:00-12:00', '“周一至周五”没有写明几点到几点'],
  ['星期八 9:00-17:00', '', '星期八 9:00-17:00', '这里的写法不认识'],
  ['每天 9:00-17:00（节假日', '每天 9:00-17:00', '（节假日', '括号没有配对'],
];

// Missing, not wrong: everything was understood and something is lacking.
const INCOMPLETE: [string, string][] = [
  ['周一至周五', '“周一至周五”没有写明几点到几点'],
  ['逢周一闭馆', '没有写明任何开放时间'],
  ['法定节假日休息', '没有写明任何开放时间'],
];

describe('readHours on what it cannot read', () => {
  it.each(FAILURES)('%s', (text, understood, notUnderstood, why) => {
    const result = readHours(text);
    expect(result).toMatchObject({ ok: false, understood, notUnderstood });
    if (result.ok) return;
    expect(result.message).toContain(`读懂了“${understood || '（无）'}”，读不懂“${notUnderstood}”`);
    expect(result.message).toContain(why);
    expect(result.message).toContain('写法示例');
  });

  it.each(INCOMPLETE)('%s', (text, why) => {
    const result = readHours(text);
    expect(result).toMatchObject({ ok: false, understood: text, notUnderstood: '' });
    if (!result.ok) expect(result.message).toBe(`开放时间不完整：读懂了“${text}”，但${why}。${result.message.split('。').slice(1).join('。')}`);
  });

  it('quotes the editor’s own full-width text, not its normalised form', () => {
    expect(readHours('周一至周五 ８：００－１２：００，周日上午')).toMatchObject({ understood: '周一至周五 ８：００－１２：００，周日', notUnderstood: '上午' });
  });
});

describe('readHours on OpenStreetMap syntax', () => {
  it('keeps the OSM as written and reads it back in Chinese', () => {
    expect(isChineseHours('Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00')).toBe(false);
    expect(readHours('Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00')).toEqual({
      ok: true,
      osm: 'Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00',
      reading: `周一至周五 08:00–12:00、14:30–17:30；周六 09:00–12:00；${UNSAID}`,
    });
    expect(readHours('Tu-Su,PH 09:00-17:00 open "16:30停止入馆"')).toMatchObject({ ok: true, reading: '周二至周日 09:00–17:00（16:30停止入馆）；法定节假日 09:00–17:00' });
    expect(readHours('24/7; PH off')).toMatchObject({ ok: true, reading: '每天 24小时；法定节假日休息' });
    expect(readHours('Mo-Su 09:00-17:00; We off')).toMatchObject({ ok: true, reading: `周一、周二、周四至周日 09:00–17:00；${UNSAID}` });
  });

  it('leaves forms beyond the site’s own (months, weeks) to the opening_hours library', () => {
    expect(readHours('Mo-Fr 08:00-12:00; Jan-Jun Sa 09:00-12:00')).toMatchObject({ ok: false, understood: 'Mo-Fr 08:00-12:00', notUnderstood: 'Jan-Jun Sa 09:00-12:00' });
  });
});
