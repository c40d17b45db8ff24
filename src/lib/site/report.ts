/**
 * "信息有误？告诉我们": a message to the site's contact, prefilled with the page and what it has on
 * record, so a reader who knows the real address or hours only has to write the correction.
 */
import type { SiteContact } from '../../schemas/site.ts';

export interface ReportedPage {
  title: string;
  /** Absolute address of the page. */
  url: string;
  /** What the page has on record, as label and value: 地址 → 尚未核实. */
  fields: ReadonlyArray<readonly [string, string]>;
}

interface ReportLink {
  kind: 'email' | 'url' | 'telephone';
  href: string;
  /** What the link says, after “信息有误？”. */
  label: string;
}

export const UNKNOWN = '尚未核实';

export function reportMessage(page: ReportedPage): { subject: string; body: string } {
  return {
    subject: `信息有误：${page.title}`,
    body: [
      `页面：${page.title}`,
      `网址：${page.url}`,
      '',
      '本页记录的信息：',
      ...page.fields.map(([label, value]) => `${label}：${value}`),
      '',
      '哪里有误？正确的信息是：',
      '',
      '',
      '您是从哪里知道的（例如“我在这里工作”“2026年11月到现场看到”）：',
      '',
    ].join('\r\n'),
  };
}

/**
 * Where the correction goes: an e-mail with subject and body (RFC 6068), else the contact page with
 * subject, body and page in its query, else a telephone number. Undefined when no contact is set,
 * so pages leave the link out instead of showing one that goes nowhere.
 */
export function reportLink(contact: SiteContact, page: ReportedPage): ReportLink | undefined {
  const { subject, body } = reportMessage(page);
  if (contact.email) {
    return { kind: 'email', href: `mailto:${contact.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`, label: '发邮件告诉我们' };
  }
  if (contact.url) {
    const form = new URL(contact.url);
    form.searchParams.set('subject', subject);
    form.searchParams.set('body', body);
    form.searchParams.set('page', page.url);
    return { kind: 'url', href: form.href, label: '在线告诉我们' };
  }
  if (contact.telephone) return { kind: 'telephone', href: `tel:${contact.telephone.replace(/-/g, '')}`, label: `打电话告诉我们：${contact.telephone}` };
  return undefined;
}
