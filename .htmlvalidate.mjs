// html-validate configuration for the built site (dist/) and the gate fixtures. Used by the HTML gate
// (tests/site/html.test.ts) and by the CLI: `npx html-validate dist`.
// Recommended preset; every rule changed below conflicts with legitimate output, and says why.
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Headings in Markdown/MDX get ids slugged from their Chinese text, and a heading that starts with
    // a figure ("10分钟党建服务圈") gets an id that starts with a digit. HTML5 allows any id without
    // whitespace; the strict mode only exists for old CSS selectors (html-validate docs, valid-id).
    // Relaxed mode still rejects empty ids and ids with whitespace.
    'valid-id': ['error', { relaxed: true }],
    // Lists of topic badges are named with aria-label="主题" (<ul aria-label>). ARIA 1.2 lets any role
    // that supports naming from author (list does) take aria-label, and axe accepts it; the default
    // only allows it on landmarks, widgets and a few others. Elements that cannot be named at all
    // (e.g. <p>, <span> without a role) are still rejected.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
};
