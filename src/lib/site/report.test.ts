import { describe, expect, it } from 'vitest';
import { reportLink, reportMessage, type ReportedPage } from './report.ts';

const page: ReportedPage = {
  title: '新风社区党群服务站',
  url: 'https://dangjian.wenchang.gov.cn/service-points/xinfeng-shequ/',
  fields: [
    ['地址', '尚未核实'],
    ['开放时间', 'Mo-Fr 08:00-12:00'],
  ],
};

/** The subject and body a mail program would show for a mailto: link (RFC 6068). */
function mailParts(href: string) {
  const url = new URL(href);
  const params = new Map(url.search.slice(1).split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]));
  return { to: url.pathname, subject: params.get('subject'), body: params.get('body') };
}

describe('reportMessage', () => {
  it('names the page, its address and every field on record, and asks for the correction and how it is known', () => {
    const { subject, body } = reportMessage(page);
    expect(subject).toBe('信息有误：新风社区党群服务站');
    const lines = body.split('\r\n');
    expect(lines).toContain('页面：新风社区党群服务站');
    expect(lines).toContain('网址：https://dangjian.wenchang.gov.cn/service-points/xinfeng-shequ/');
    expect(lines).toContain('地址：尚未核实');
    expect(lines).toContain('开放时间：Mo-Fr 08:00-12:00');
    expect(body).toContain('正确的信息是');
    expect(body).toContain('您是从哪里知道的');
  });
});

describe('reportLink', () => {
  it('prefers e-mail, with the subject and body encoded so a mail program reads them back exactly', () => {
    const link = reportLink({ email: 'jiucuo@wenchang.gov.cn', url: 'https://example.gov.cn/form', telephone: '0898-12345678' }, page)!;
    expect(link.kind).toBe('email');
    expect(link.href).not.toMatch(/[\s+]/); // spaces as %20 and no '+', which mail programs would show literally
    const mail = mailParts(link.href);
    expect(mail.to).toBe('jiucuo@wenchang.gov.cn');
    expect(mail).toEqual({ to: 'jiucuo@wenchang.gov.cn', ...reportMessage(page) });
  });

  it('falls back to the contact page, with subject, body and page address in its query (keeping its own)', () => {
    const link = reportLink({ url: 'https://www.wenchang.gov.cn/liuyan/?lang=zh' }, page)!;
    expect(link.kind).toBe('url');
    const url = new URL(link.href);
    expect(url.origin + url.pathname).toBe('https://www.wenchang.gov.cn/liuyan/');
    expect(url.searchParams.get('lang')).toBe('zh');
    expect(url.searchParams.get('page')).toBe(page.url);
    expect(url.searchParams.get('subject')).toBe('信息有误：新风社区党群服务站');
    expect(url.searchParams.get('body')).toBe(reportMessage(page).body);
  });

  it('with only a telephone number, dials it and says the number', () => {
    expect(reportLink({ telephone: '0898-12345678' }, page)).toEqual({ kind: 'telephone', href: 'tel:089812345678', label: '打电话告诉我们：0898-12345678' });
  });

  it('gives no link at all when no contact is set', () => {
    expect(reportLink({}, page)).toBeUndefined();
  });
});
