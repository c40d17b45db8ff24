/**
 * The one place for who runs the site. Editors fill these in; an empty value is left off the pages.
 */
export const site = {
  url: 'https://dangjian.example.gov.cn',
  name: '海南城市基层党建',
  shortName: '基层党建',
  description: '海南省文昌市、临高县城市基层党建工作：党建案例、红色教育基地与线路、人才工作站、党群服务中心。',
  owner: {
    /** 主办单位 */
    organisation: '',
    /** 联系电话或邮箱 */
    contact: '',
    /** ICP 备案号，如 琼ICP备xxxxxxxx号 */
    icp: '',
    /** 公安备案号，如 琼公网安备 xxxxxxxxxxxxxx号 */
    police: '',
  },
} as const;
