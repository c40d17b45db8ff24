/**
 * What the site tells a visitor to do when a place's details are not confirmed: the one wording
 * place pages and listings share.
 */
const HOTLINE = '当地政务服务热线 12345';

export const CHECK_BEFORE_VISIT = `前往前请先向所在单位或${HOTLINE} 确认。`;
