/**
 * Who runs the site, as the footer and the about page list it: only what content/site.yaml sets.
 * ICP numbers link to the MIIT register and 公安 numbers to the MPS register, as the rules for
 * 备案 require; both are links only, nothing is loaded from them.
 */
import type { SiteIdentity } from '../../schemas/site.ts';

interface OwnerLine {
  label: string;
  value: string;
  href?: string;
}

export function ownerLines(site: SiteIdentity): OwnerLine[] {
  const police = site.police && /(\d{14})号$/.exec(site.police)?.[1];
  const lines: Array<OwnerLine | undefined> = [
    site.sponsor ? { label: '主办单位', value: site.sponsor } : undefined,
    site.organizer ? { label: '承办单位', value: site.organizer } : undefined,
    site.contact.email ? { label: '电子邮箱', value: site.contact.email, href: `mailto:${site.contact.email}` } : undefined,
    site.contact.telephone ? { label: '联系电话', value: site.contact.telephone, href: `tel:${site.contact.telephone.replace(/-/g, '')}` } : undefined,
    site.contact.url ? { label: '网上留言', value: site.contact.url, href: site.contact.url } : undefined,
    site.icp ? { label: 'ICP 备案号', value: site.icp, href: 'https://beian.miit.gov.cn/' } : undefined,
    site.police ? { label: '公安备案号', value: site.police, href: `https://beian.mps.gov.cn/#/query/webSearch?code=${police}` } : undefined,
  ];
  return lines.filter((line) => line !== undefined);
}
