import { z } from 'astro/zod';

const TYPE_LABELS: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  boolean: 'true 或 false',
  date: '日期（YYYY-MM-DD）',
  array: '列表（每项一行，以“- ”开头）',
  object: '一组字段（缩进书写）',
  undefined: '空',
  null: '空',
};
const typeLabel = (type: string) => TYPE_LABELS[type] ?? type;

/** Chinese messages for zod's built-in checks, so editors read every mistake in their own language. */
const zhErrorMap: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { message: `缺少必填字段，应为${typeLabel(issue.expected)}` };
      return { message: `类型不对：应为${typeLabel(issue.expected)}，实际是${typeLabel(issue.received)}` };
    case 'invalid_enum_value':
      return { message: `“${String(issue.received)}”不是允许的值。可用的值：${issue.options.join('、')}` };
    case 'invalid_literal':
      return { message: `应为 ${JSON.stringify(issue.expected)}` };
    case 'unrecognized_keys':
      return { message: `未知字段：${issue.keys.join('、')}。请检查拼写，可用字段见编辑指南` };
    case 'too_small':
      if (issue.type === 'array') return { message: `至少需要 ${issue.minimum} 项` };
      if (issue.type === 'string') return { message: `至少 ${issue.minimum} 个字` };
      return { message: `应不小于 ${issue.minimum}` };
    case 'too_big':
      if (issue.type === 'array') return { message: `最多 ${issue.maximum} 项` };
      if (issue.type === 'string') return { message: `最多 ${issue.maximum} 个字` };
      return { message: `应不大于 ${issue.maximum}` };
    case 'invalid_string':
      if (issue.validation === 'url') return { message: '应为完整网址，以 https:// 开头' };
      return { message: '格式不对' };
    case 'not_finite':
      return { message: '应为有限数字' };
    case 'invalid_date':
      return { message: '日期无效，应写作 YYYY-MM-DD' };
    default:
      return { message: ctx.defaultError };
  }
};

// Global, so schema-specific messages still win and Astro's own validation speaks Chinese too.
z.setErrorMap(zhErrorMap);
