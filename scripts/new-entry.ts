/** `npm run new -- <collection> <file-name>`: writes a valid starter file with every field explained. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../src/lib/content/check.ts';
import { starterFile } from '../src/lib/content/starter.ts';
import { COLLECTIONS, PLACE_COLLECTIONS, type CollectionName } from '../src/schemas/index.ts';
import { unusableIdReason } from '../src/schemas/common.ts';
import { loadVocabularies } from '../src/schemas/vocabularies.ts';

const [collection, id] = process.argv.slice(2);
const root = process.env.CONTENT_ROOT ?? process.cwd();
const usage = `用法：npm run new -- <类别> <文件名>\n类别：${COLLECTIONS.join('、')}\n例如：npm run new -- cases wenchang-xinfeng-tushujiao`;

if (!(COLLECTIONS as readonly string[]).includes(collection ?? '') || !id) {
  console.error(usage);
  process.exit(2);
}
const unusable = unusableIdReason(collection, id);
if (unusable) {
  console.error(`${unusable}\n${usage}`);
  process.exit(2);
}
const path = join(root, 'content', collection, `${id}.mdx`);
if (existsSync(path)) {
  console.error(`${path} 已存在，没有覆盖。`);
  process.exit(1);
}

const { entries } = checkContent(root);
const region = entries.find((e) => e.collection === 'regions');
const places = entries.filter((e) => (PLACE_COLLECTIONS as readonly string[]).includes(e.collection) && e.data.location);
const source = entries.find((e) => e.collection === 'sources');
if (!region || places.length < 2 || !source) {
  console.error('需要先有至少一个来源、一个市县和两个带位置的地点，才能生成起始文件。');
  process.exit(1);
}
writeFileSync(
  path,
  starterFile(collection as CollectionName, {
    vocabularies: loadVocabularies(root),
    regionId: region.id,
    townId: region.data.towns[0]?.id ?? '',
    placeIds: [places[0].id, places[1].id],
    sourceId: source.id,
    today: new Date().toISOString().slice(0, 10),
  }),
);
console.log(`已创建 ${path}\n请按注释填写各字段，然后运行 npm run check 检查。字段说明见 docs/field-reference.md。`);
