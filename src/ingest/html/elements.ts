// HTML element classes the renderer needs: which tags start a new line, which are never rendered.

/** Elements that end the current line before and after themselves (HTML's block-level and table elements). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'listing', 'plaintext', 'xmp', 'frameset', 'option',
]);

/** Elements whose content is never text a reader sees. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio',
  'video', 'source', 'track', 'map', 'input', 'select', 'textarea', 'button', 'datalist', 'output', 'meter',
  'progress', 'title', 'meta', 'link', 'base', 'img', 'picture', 'param', 'frame', 'applet',
]);

/** Attributes worth keeping in a block's path besides id and class (they name the role of a region). */
export const PATH_ATTRIBUTES: readonly string[] = ['itemprop', 'role'];

/** Inline style values that hide an element. */
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Class names that by convention hide an element from sighted readers (screen-reader text, hover cards). */
export const HIDDEN_CLASS = /^(?:sr-only|visually-hidden|[\w-]*-visually-hidden|screen-reader-text|[\w-]*-screen-reader-text|rollover(?:-[\w]+)?-block|tooltip(?:-content|-text)?)$/i;
