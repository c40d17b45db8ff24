import { z } from 'astro/zod';
import opening_hours from 'opening_hours';
import { isChineseHours, readHours } from '../lib/hours/chinese.ts';
import { ordinaryDayRule } from '../lib/hours/osm-holidays.ts';
import { COORDINATE_SYSTEMS, toWgs84, type CoordinateSystem } from '../lib/geo/china-coordinates.ts';
import { dateField, entryRef, imageField, sourcesField } from './common.ts';

/** Hainan Island with a small margin; a point outside it is a typo (swapped or mistyped numbers). */
const HAINAN_BOUNDS = { west: 108.5, east: 111.3, south: 18.0, north: 20.3 } as const;

const SYSTEM_NAMES: Record<CoordinateSystem, string> = { wgs84: 'WGS-84', gcj02: 'GCJ-02（高德、腾讯）', bd09: 'BD-09（百度）' };

/**
 * A position as the editor took it, in the system of the map they used; the build converts it to
 * WGS-84 here, so everything downstream (pages, maps, GeoJSON, GPX, JSON-LD, distances) sees WGS-84 only.
 */
export const locationField = z
  .object({
    lng: z.number({ required_error: '必填：经度（东经，约 108.5–111.3）', invalid_type_error: '经度应为数字，例如 110.75' }).describe('经度（东经），如 110.753'),
    lat: z.number({ required_error: '必填：纬度（北纬，约 18.0–20.3）', invalid_type_error: '纬度应为数字，例如 19.61' }).describe('纬度（北纬），如 19.615'),
    system: z.enum(COORDINATE_SYSTEMS, {
      errorMap: () => ({ message: '坐标系应为 wgs84（GPS、天地图、OpenStreetMap）、gcj02（高德、腾讯地图）或 bd09（百度地图）' }),
    }).optional().describe('坐标系：wgs84 GPS 或天地图（不填即此）；gcj02 高德或腾讯地图；bd09 百度地图。从哪个地图取的点就选哪个，构建时自动换算为 WGS-84'),
    precision: z.enum(['exact', 'approximate'], {
      errorMap: () => ({ message: '应为 exact（已核实的准确位置）或 approximate（大致位置，如镇中心）' }),
    }).describe('精度：exact 已核实的准确位置；approximate 大致位置（如镇中心）'),
    note: z.string().optional().describe('位置说明，如“镇中心大致位置，非准确门址”'),
  })
  .transform(({ system = 'wgs84', ...location }, ctx) => {
    const { lng, lat } = toWgs84(location.lng, location.lat, system);
    const b = HAINAN_BOUNDS;
    if (lng < b.west || lng > b.east || lat < b.south || lat > b.north) {
      const given = system === 'wgs84' ? '' : `（按 ${SYSTEM_NAMES[system]} 换算为 WGS-84 后为经度 ${lng.toFixed(6)}，纬度 ${lat.toFixed(6)}）`;
      ctx.addIssue({
        code: 'custom',
        message: `位置（经度 ${location.lng}，纬度 ${location.lat}）${given}不在海南岛范围内：经度应在 ${b.west}–${b.east}，纬度应在 ${b.south}–${b.north}。请检查是否把经纬度写反，或 system 是否与取点的地图一致`,
      });
    }
    return { ...location, lng, lat };
  });

/**
 * Opening hours as the editor writes them, in Chinese ("周一至周五 8:00-12:00，14:30-17:30；法定节假日休息") or in
 * OpenStreetMap syntax; the parsed value is always OSM, which is what the pages compile. The OSM is checked
 * with the opening_hours library either way, so typos and ambiguities fail the build.
 */
export const hoursField = z.string().transform((value, ctx) => {
  const read = readHours(value);
  if (!read.ok && isChineseHours(value)) {
    ctx.addIssue({ code: 'custom', message: read.message });
    return z.NEVER;
  }
  const osm = read.ok ? read.osm : value.trim();
  try {
    ordinaryDayRule(osm);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
  try {
    const warnings = new opening_hours(osm, null, { locale: 'zh' } as never).getWarnings();
    if (warnings.length > 0) {
      ctx.addIssue({ code: 'custom', message: `开放时间写法不够明确：${warnings.join('；')}。示例：周一至周五 8:00-12:00，14:30-17:30，或 Mo-Fr 08:00-12:00,14:30-17:30` });
    }
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `开放时间无法识别（${String(error).trim()}）。可以用中文写，例如“周一至周五 8:00-12:00，14:30-17:30；周六上午 9:00-12:00；法定节假日休息”，或用 OpenStreetMap 写法 Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00`,
    });
  }
  return osm;
});

/** Mainland numbers: 0898-12345678 (area code + 7–8 digits), 13812345678, or short public lines such as 12345. */
export const TELEPHONE = /^(?:0\d{2,3}-\d{7,8}|1[3-9]\d{9}|1\d{4})$/;
const telephoneField = z
  .string()
  .regex(TELEPHONE, '电话号码格式不对：固定电话写作 0898-12345678，手机写作 13812345678，不加空格');

/**
 * Whether the practical details (address, hours, telephone, location, whether groups are received)
 * have been checked with the place itself, when and how. Pages of unconfirmed places say so plainly,
 * and the content check refuses practical claims on them (see src/lib/content/claims.ts).
 */
const confirmationField = z.object({
  status: z.enum(['confirmed', 'unconfirmed'], {
    errorMap: () => ({ message: '应为 confirmed（地址、时间、电话已向单位核实）或 unconfirmed（尚未核实）' }),
  }).describe('核实状态：confirmed 已向单位核实；unconfirmed 尚未核实（页面会提示读者）'),
  checkedOn: dateField.optional().describe('核实日期 YYYY-MM-DD；status 为 confirmed 时必填'),
  source: z.string().min(2, '请写明核实方式，或尚未核实的说明').describe('信息依据：已核实时写核实方式，如“电话向文城镇党委办核实”；尚未核实时写内容依据什么、哪些尚未核实'),
}).superRefine((confirmation, ctx) => {
  if (confirmation.status === 'confirmed' && !confirmation.checkedOn) {
    ctx.addIssue({ code: 'custom', path: ['checkedOn'], message: '已核实（confirmed）的条目必须写明核实日期 checkedOn' });
  }
});

/** Every place — site, workstation, service point — shares this shape. */
export const placeFields = {
  name: z.string().min(2).describe('名称，写全称，例如“临高县革命烈士纪念碑”'),
  region: entryRef.describe('所属市县：content/regions 中的文件名，例如 wenchang、lingao'),
  town: z.string().optional().describe('所在镇：所属市县文件 towns 中的标识，例如 wencheng'),
  sources: sourcesField.describe('依据的来源：content/sources 中的文件名，至少一个'),
  summary: z.string().min(10, '摘要至少 10 个字').max(200, '摘要最多 200 个字').describe('一两句话的摘要，10–200 字，显示在列表和搜索结果中'),
  location: locationField.optional().describe('位置（经纬度）。从高德、腾讯或百度地图取点时，在 system 写明坐标系，构建时换算为 WGS-84。只填有依据的位置；大致位置要把 precision 写成 approximate 并在 note 说明'),
  address: z.string().optional().describe('门址。未经核实不要填写'),
  telephone: telephoneField.optional().describe('联系电话，如 0898-12345678 或 13812345678。未经核实不要填写'),
  hours: hoursField.optional().describe('开放时间，可用中文写，如“周一至周五 8:00-12:00，14:30-17:30；周六上午 9:00-12:00；法定节假日休息”，也可用 OpenStreetMap 写法，如 Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00。没写节假日时按休息处理，调休按 content/calendar.yaml 自动处理。npm run check 会显示网站是怎样读的。未经核实不要填写'),
  hoursNote: z.string().optional().describe('开放时间补充说明，如“接待团体请提前一天预约”'),
  accessibility: z.string().optional().describe('无障碍说明：坡道、电梯、无障碍卫生间等'),
  cover: imageField.optional().describe('题图'),
  confirmation: confirmationField.describe('信息核实情况：地址、时间、电话是否已向单位核实'),
};
