import { describe, expect, it } from 'vitest';
import { buildTimeline, parseClock } from './timeline.ts';
import { distanceTotal, durationDetail, durationTotal, endText, estimateMethod, formatPlanDate, legText, stopNotes, tripLine, UNKNOWN_LEG } from './wording.ts';

/** Anything that presents a zero estimate: '0 米', '0 分钟', '约 0' (but not '10 分钟' or '约 08:30'). */
const ZERO_ESTIMATE = /(^|[^\d.])0 ?(米|分钟)|约 ?0(?![\d.:])/;

// Wenchang's service points share the town-centre reference point; Lingao's two sites share another,
// 13 km from the cape where the park is placed approximately. Two exact points 11 km apart.
const wencheng = { lng: 110.753, lat: 19.615 };
const lincheng = { lng: 109.69, lat: 19.912 };
const cape = { lng: 109.705, lat: 20.025 };
const stop = (id: string, location: { lng: number; lat: number }, approximate: boolean, stay = 30) => ({ id, name: id, location, approximate, stay });

const allUnknown = buildTimeline([stop('a', wencheng, true, 40), stop('b', wencheng, true), stop('c', wencheng, true), stop('d', wencheng, true, 60)], 'car', parseClock('08:30')!);
const partly = buildTimeline([stop('yida', lincheng, true, 45), stop('monument', lincheng, true), stop('park', cape, true, 90)], 'bus', parseClock('08:30')!);
const exact = buildTimeline([stop('x', lincheng, false, 45), stop('y', { lng: 109.69, lat: 20.012 }, false, 90)], 'bus', parseClock('08:30')!);

describe('legs', () => {
  it('are estimated unless an approximate end shares the other’s point', () => {
    expect(allUnknown.legs.map((leg) => [leg.known, leg.minutes])).toEqual([[false, 0], [false, 0], [false, 0]]);
    expect(partly.legs.map((leg) => leg.known)).toEqual([false, true]);
    expect(exact.legs.map((leg) => [leg.known, leg.approximate])).toEqual([[true, false]]);
  });

  it('read as a distance and time, or as why they cannot be estimated', () => {
    expect(legText(exact.legs[0], 'bus')).toBe('直线约 11 公里，公交或大巴约 48 分钟');
    expect(legText(partly.legs[1], 'bus')).toBe('直线约 13 公里（按大致位置估算），公交或大巴约 53 分钟');
    expect(legText(partly.legs[0], 'bus')).toBe(`${UNKNOWN_LEG}（后面的时间没有算上这段路）`);
  });
});

describe('totals', () => {
  it('sum what is known and say what is not', () => {
    expect(distanceTotal(exact)).toBe('直线约 11 公里');
    expect(distanceTotal(partly)).toBe('已知路段直线约 13 公里（按大致位置估算），另有 1 段无法估算');
    expect(distanceTotal(allUnknown)).toBe('无法估算（各站只标出了同一大致位置）');
    expect(distanceTotal(buildTimeline([stop('only', lincheng, true)], 'car', 510))).toBe('只有一站');
  });

  it('give the whole time as a lower bound when legs are left out', () => {
    expect(durationTotal(exact)).toBe('全程约 3 小时 3 分钟');
    expect(durationTotal(partly)).toBe('全程至少约 3 小时 38 分钟（1 段路上用时无法估算，未计入）');
    expect(durationTotal(allUnknown)).toBe('全程至少约 2 小时 40 分钟（3 段路上用时无法估算，未计入）');
    expect(durationDetail(exact)).toBe('路上约 48 分钟，参观约 2 小时 15 分钟，全程约 3 小时 3 分钟');
    expect(durationDetail(partly)).toBe('参观约 2 小时 45 分钟，已知路段路上约 53 分钟，全程至少约 3 小时 38 分钟；另有 1 段路上用时无法估算');
    expect(durationDetail(allUnknown)).toBe('参观约 2 小时 40 分钟，全程至少约 2 小时 40 分钟；3 段路上用时都无法估算');
    expect(endText(exact)).toBe('约 11:33 结束');
    expect(endText(allUnknown)).toBe('最早约 11:10 结束');
  });

  it('make one line for the listing and the print views', () => {
    expect(tripLine(allUnknown)).toBe('4 站 · 路程：无法估算（各站只标出了同一大致位置） · 全程至少约 2 小时 40 分钟（3 段路上用时无法估算，未计入）');
    expect(tripLine(exact, { start: '08:30', mode: 'bus' })).toBe('08:30 出发 · 公交或大巴 · 2 站 · 路程：直线约 11 公里 · 全程约 3 小时 3 分钟');
  });

  it('never present a zero estimate for places without exact positions', () => {
    for (const timeline of [allUnknown, partly]) {
      const texts = [distanceTotal(timeline), durationTotal(timeline), durationDetail(timeline), endText(timeline), tripLine(timeline), ...timeline.legs.map((leg) => legText(leg, 'car'))];
      for (const text of texts) expect(text).not.toMatch(ZERO_ESTIMATE);
    }
    // The pattern itself catches what it must, and only that.
    expect(['约 0 米', '0 分钟', '自驾约 0 分钟', '约0米'].every((text) => ZERO_ESTIMATE.test(text))).toBe(true);
    expect(['10 分钟', '约 08:30 结束', '约 0.5 公里', '直线约 100 米'].some((text) => ZERO_ESTIMATE.test(text))).toBe(false);
  });
});

describe('stopNotes (GPX and calendar files)', () => {
  it('say times, note, hours, position and the way on, in sentences', () => {
    const withNote = { ...partly, stops: partly.stops.map((s, i) => ({ ...s, stop: { ...s.stop, note: i === 0 ? '了解早期党组织的活动' : undefined } })) };
    expect(stopNotes(withNote, 0, 'bus', '开放时间未核实，出发前请电话确认。')).toEqual([
      '第 1 站，08:30–09:15，停留约 45 分钟。',
      '了解早期党组织的活动。',
      '开放时间未核实，出发前请电话确认。',
      '地图位置为大致位置，尚未核实。',
      `之后前往第 2 站“monument”：${UNKNOWN_LEG}（后面的时间没有算上这段路）。`,
    ]);
    expect(stopNotes(exact, 1, 'bus', '按这个时间，每天都在开放时间内（法定节假日除外）。')).toEqual([
      '第 2 站，10:03–11:33，停留约 1 小时 30 分钟。',
      '按这个时间，每天都在开放时间内（法定节假日除外）。',
    ]);
  });
});

describe('formatPlanDate', () => {
  it('writes the date with its weekday', () => {
    expect(formatPlanDate('2026-10-01')).toBe('2026年10月1日（周四）');
  });
});

describe('estimateMethod', () => {
  it("names a route's own mode with its figures, and the overhead only where there is one", () => {
    expect(estimateMethod('bus')).toBe('路程和用时为估算：直线距离乘以绕行系数 1.4，按公交或大巴平均每小时 25 公里计算，每段另加 10 分钟候车或停车。');
    expect(estimateMethod('walk')).toBe('路程和用时为估算：直线距离乘以绕行系数 1.3，按步行平均每小时 4.5 公里计算。');
  });
  it('speaks of the chosen mode where the reader picks it', () => {
    expect(estimateMethod()).toMatch(/^路程和用时为估算：.*所选出行方式的平均速度计算（公交和大巴每段另加候车时间）。$/);
  });
});
