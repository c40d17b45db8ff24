import { describe, expect, it } from 'vitest';
import { buildExcerpt, excerptText, partialPieces, type Segment } from './excerpt.ts';

const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);
/** The excerpt with marks as [..], for readable expectations. */
const show = (segments: Segment[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

const CONTENT =
  '文城镇56个党建网格是怎样运转的. 文城镇辖14个社区、城市基层党员7514人，全镇划为56个党建网格，按“终端—服务站—网格员”三级梯队运行，力求每名党员都有支部管理。 文城镇位于文昌市中部。';
const TITLE = '文城镇56个党建网格是怎样运转的';

describe('buildExcerpt', () => {
  it('starts at the start of the clause holding the match, marks the whole word, ends at a sentence end', () => {
    const excerpt = buildExcerpt(CONTENT, ['网格员'], { title: TITLE });
    expect(show(excerpt)).toBe('按“终端—服务站—[网格员]”三级梯队运行，力求每名党员都有支部管理。文城镇位于文昌市中部。');
    // A longer text is cut at the sentence end nearest the aimed length.
    expect(show(buildExcerpt(`${CONTENT}${'文昌市是海南省的一个县级市，'.repeat(6)}`, ['网格员'], { title: TITLE, length: 40 }))).toBe(
      '按“终端—服务站—[网格员]”三级梯队运行，力求每名党员都有支部管理。',
    );
  });

  it('prefers a match after the title, which the result shows already', () => {
    const text = excerptText(buildExcerpt(CONTENT, ['网格'], { title: TITLE }));
    expect(text.startsWith('全镇划为56个党建网格')).toBe(true);
  });

  it('marks every occurrence of the word inside the excerpt, never single characters', () => {
    const excerpt = buildExcerpt('一个网格一名网格员，网格员联系网格。', ['网格员']);
    expect(marked(excerpt)).toEqual(['网格员', '网格员']);
    for (const mark of marked(buildExcerpt(CONTENT, ['网格'], { title: TITLE }))) expect(mark).toBe('网格');
  });

  it('on a partial match marks the longest pieces of the word the page has (网格, not 网 格 员)', () => {
    const excerpt = buildExcerpt('社区划分网格，居民小组成员参与巡查。', ['网格员']);
    expect(marked(excerpt)).toEqual(['网格']);
    expect(partialPieces('社区划分网格，居民小组成员参与巡查。', ['网格员'])).toEqual(['网格']);
    expect(partialPieces('网和格和员', ['网格员'])).toEqual([]);
  });

  it('uses Chinese punctuation: “……” for text left out, “。” for the heading separator, never ASCII dots', () => {
    const long = `${'前面的一句话'.repeat(3)}，这一段很长很长的句子里面讲到了网格员的工作内容并且一直没有标点地写下去写下去写下去写下去写下去写下去`;
    const text = excerptText(buildExcerpt(long, ['网格员'], { length: 30 }));
    expect(text.endsWith('……')).toBe(true);
    expect(text).not.toMatch(/\.\.\.|\.\s/);
    const heading = excerptText(buildExcerpt('基本情况. 全镇有网格员56名，分三级。', ['基本情况']));
    expect(heading).toBe('基本情况。全镇有网格员56名，分三级。');
    expect(excerptText(buildExcerpt('他说... 网格员来了。', ['网格员']))).not.toContain('...');
    // A heading break right before a marked word.
    expect(show(buildExcerpt('清澜候鸟人才工作站. 候鸟人才工作站依托企业设立。', ['候鸟人才']))).toBe('清澜[候鸟人才]工作站。[候鸟人才]工作站依托企业设立。');
  });

  it('a closing quote ends a sentence only after 。！？', () => {
    const text = excerptText(buildExcerpt('党员骨干担任网格员，社区“两委”成员分片包干，每周走访一次居民家庭并记录问题和处理结果。', ['网格员'], { length: 16 }));
    expect(text.endsWith('……')).toBe(true);
    expect(excerptText(buildExcerpt('他说：“网格员来了。”后来又走了很远的路很远的路很远的路很远的路。', ['网格员'], { length: 10 }))).toBe('他说：“网格员来了。”');
  });

  it('does not end on a comma before “……”', () => {
    const text = excerptText(buildExcerpt('网格员每天巡查，记录问题，上报社区，跟进处理，回访群众，整理台账，汇总数据，形成报告，再巡查', ['网格员'], { length: 20 }));
    expect(text).toMatch(/[^，、]……$/);
  });

  it('starts mid-clause only with “……” when the clause before the match is very long', () => {
    const text = excerptText(buildExcerpt(`${'很'.repeat(80)}网格员来了。`, ['网格员']));
    expect(text.startsWith('……')).toBe(true);
    expect(text).toContain('网格员');
  });

  it('finds the word in full-width or mixed-case text and marks the text as written', () => {
    const excerpt = buildExcerpt('打造“１０分钟”党建服务圈。', ['10分钟']);
    expect(marked(excerpt)).toEqual(['１０分钟']);
  });

  it('without any match, starts after the title', () => {
    expect(excerptText(buildExcerpt(`${TITLE}. 文城镇辖14个社区。`, ['麒麟'], { title: TITLE }))).toBe('文城镇辖14个社区。');
  });

  it('merges overlapping words into one mark', () => {
    expect(marked(buildExcerpt('打造党建服务圈。', ['党建', '党建服务圈']))).toEqual(['党建服务圈']);
  });
});
