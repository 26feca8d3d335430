// Builds the DOM from data as text only: nothing is ever parsed as HTML, so article text cannot become markup.

/**
 * Creates an element with attributes and children; strings become text nodes, null and false are skipped.
 * Attributes whose value is null, undefined or false are left out; `true` sets an empty attribute.
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** Appends children (nested arrays allowed): nodes as they are, anything else as a text node. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces everything inside the element. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** A link inside the page (hash route). */
export function link(route, ...children) {
  return el('a', { href: '#' + route }, ...children);
}

/** Wraps a wide table so it scrolls sideways on a narrow screen; the region is named and reachable by keyboard. */
export function scrollable(label, table) {
  return el('div', { class: 'scroll', role: 'region', 'aria-label': label, tabindex: 0 }, table);
}
