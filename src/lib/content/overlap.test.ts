import { describe, expect, it } from 'vitest';
import { sharedPassages } from './overlap.ts';

const source = '临高县依托海南解放公园、中共临高一大会议址等红色资源打造教育线路，吸引了省内外游客在临高学党史、感党恩。';

describe('sharedPassages', () => {
  it('finds a copied run of 20 or more letters, whatever the punctuation', () => {
    const found = sharedPassages('本站：依托海南解放公园中共临高一大会议址，等红色资源打造教育线路！', source);
    expect(found).toEqual([{ text: '依托海南解放公园中共临高一大会议址等红色资源打造教育线路', length: 28 }]);
  });

  it('ignores a run shorter than the minimum', () => {
    expect(sharedPassages('打造教育线路，吸引了省内外游客', source)).toEqual([]);
    expect(sharedPassages('打造教育线路，吸引了省内外游客', source, { min: 10 })).toHaveLength(1);
  });

  it('lets quotations repeat the source: “…”, 《…》 and <PullQuote>', () => {
    expect(sharedPassages('文章写道：“依托海南解放公园、中共临高一大会议址等红色资源打造教育线路”。', source)).toEqual([]);
    expect(sharedPassages('<PullQuote>依托海南解放公园、中共临高一大会议址等红色资源打造教育线路</PullQuote>', source)).toEqual([]);
  });

  it('counts a listed name as one character, so a list of names passes but the sentence around it does not', () => {
    const names = ['海南解放公园', '中共临高一大会议址'];
    expect(sharedPassages('海南解放公园、中共临高一大会议址等红色资源', source, { names })).toEqual([]);
    const copied = sharedPassages('县里依托海南解放公园、中共临高一大会议址等红色资源打造教育线路，吸引了省内外游客。', source, { names });
    expect(copied).toHaveLength(1);
    expect(copied[0].text).toBe('依托〔名称〕〔名称〕等红色资源打造教育线路吸引了省内外游客');
  });
});
