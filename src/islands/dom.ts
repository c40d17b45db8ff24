/**
 * The one element builder for browser code. Text goes in as text nodes, never through HTML parsing,
 * and attributes rather than inline style, so built content needs nothing the site's CSP forbids.
 */
type Child = Node | string | false | undefined;

/** An element with its attributes (true: present, false: left out), then its children; strings become text nodes. */
export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== false) element.setAttribute(name, value);
  }
  for (const child of children) if (child !== false && child !== undefined) element.append(child);
  return element;
}
