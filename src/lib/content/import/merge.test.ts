import { describe, expect, it } from 'vitest';
import { DELETE } from './cells.ts';
import { mergeEntry, type FieldUpdate } from './merge.ts';

const ORDER = ['name', 'region', 'location.lng', 'location.lat', 'location.precision', 'location.note', 'address', 'telephone', 'confirmation.status', 'confirmation.checkedOn', 'confirmation.source'];
const rank = (path: string[]) => ORDER.findIndex((key) => key === path.join('.') || key.startsWith(`${path.join('.')}.`));
const set = (key: string, value: FieldUpdate['value']): FieldUpdate => ({ key, path: key.split('.'), value });

const SOURCE = `---
# 核实后请改 confirmation
name: 新风社区党群服务站
region: wenchang   # 市县
location:
  lng: 110.753
  lat: 19.615
  precision: approximate
  note: '镇中心大致位置'
confirmation:
  status: unconfirmed
  source: '报道（2020年）'
---

## 正文

<PlaceCard id="xinfeng-shequ" />  行尾空格 \n`;

describe('merging a row into an entry', () => {
  // The yaml library keeps comments but not the spaces before a trailing one.
  it('sets only what changed, keeps comments, order and the body byte for byte, and puts new fields where the schema lists them', () => {
    const { text, changed } = mergeEntry(SOURCE, [set('name', '新风社区党群服务站'), set('telephone', '0898-63212345'), set('location.precision', 'exact'), set('location.note', DELETE), set('confirmation.status', 'confirmed'), set('confirmation.checkedOn', '2026-03-05')], rank);
    expect(changed).toEqual(['telephone', 'location.precision', 'location.note', 'confirmation.status', 'confirmation.checkedOn']);
    expect(text).toBe(`---
# 核实后请改 confirmation
name: 新风社区党群服务站
region: wenchang # 市县
location:
  lng: 110.753
  lat: 19.615
  precision: exact
telephone: 0898-63212345
confirmation:
  status: confirmed
  checkedOn: 2026-03-05
  source: '报道（2020年）'
---

## 正文

<PlaceCard id="xinfeng-shequ" />  行尾空格 \n`);
  });
  it('reports no change when every value is already there, so the file is not rewritten', () => {
    expect(mergeEntry(SOURCE, [set('location.lng', 110.753), set('confirmation.status', 'unconfirmed')], rank)).toEqual({ text: SOURCE, changed: [] });
  });
  it('removes a group left empty', () => {
    const { text } = mergeEntry(SOURCE, ['lng', 'lat', 'precision', 'note'].map((key) => set(`location.${key}`, DELETE)), rank);
    expect(text).not.toContain('location');
  });
  it('keeps Windows line endings', () => {
    const { text } = mergeEntry(SOURCE.replace(/\n/g, '\r\n'), [set('address', '文城镇新风路 1 号')], rank);
    expect(text).toContain('precision: approximate\r\n  note: \'镇中心大致位置\'\r\naddress: 文城镇新风路 1 号\r\nconfirmation:');
    expect(text.endsWith('<PlaceCard id="xinfeng-shequ" />  行尾空格 \r\n')).toBe(true);
  });
  it('writes a new entry in schema order, quoting what YAML would otherwise read as a number', () => {
    const { text } = mergeEntry(undefined, [set('name', '某服务站'), set('telephone', '13812345678'), set('location.lat', 19.6), set('location.lng', 110.7)], rank);
    expect(text).toBe('---\nname: 某服务站\nlocation:\n  lng: 110.7\n  lat: 19.6\ntelephone: "13812345678"\n---\n');
  });
  it('refuses a file whose front matter it cannot find rather than lose its text', () => {
    expect(() => mergeEntry('no front matter', [set('name', 'x')], rank)).toThrow();
  });
});
