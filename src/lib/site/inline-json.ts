/**
 * JSON for a <script> element in a page (JSON-LD, a data block): `<` is written as \u003c, so no
 * value (a name, a holiday, an editor's text) can close the script with "</script>".
 */
export const inlineJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
