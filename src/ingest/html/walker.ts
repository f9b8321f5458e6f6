// Depth-first DOM walker that cuts lines at block boundaries and <br>, recording each block's tag, path, links.
import type { Block } from '../../core/article.js';
import { BLOCK_TAGS, HIDDEN_CLASS, HIDDEN_STYLE, PATH_ATTRIBUTES, SKIPPED_TAGS } from './elements.js';
import { LineBuilder } from './line-builder.js';

/** Minimal view of the DOM nodes the walker touches (linkedom implements the standard DOM). */
export interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
  localName?: string;
  getAttribute?(name: string): string | null;
  hasAttribute?(name: string): boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** Walks the DOM depth-first, cutting a new line at every block boundary and <br>. */
export class BlockWalker {
  readonly blocks: Block[] = [];
  private readonly parts: string[] = [];
  private readonly line = new LineBuilder();
  private readonly owners: DomNode[] = [];
  private readonly paths = new Map<DomNode, string>();
  private offset = 0;
  private linkDepth = 0;
  private preDepth = 0;

  text(): string {
    return this.parts.join('\n');
  }

  walk(node: DomNode): void {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      this.addText(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node.localName ?? '').toLowerCase();
    if (SKIPPED_TAGS.has(tag) || isHidden(node)) return;
    if (tag === 'br' || tag === 'hr' || tag === 'wbr') {
      if (tag !== 'wbr') this.flush();
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) this.flush();
    this.enter(node, tag, isBlock);
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) this.walk(children[i]);
    if (isBlock) this.flush();
    this.leave(tag, isBlock);
  }

  private enter(node: DomNode, tag: string, isBlock: boolean): void {
    if (isBlock) this.owners.push(node);
    if (tag === 'a') this.linkDepth++;
    if (tag === 'pre' || tag === 'textarea' || tag === 'listing') this.preDepth++;
  }

  private leave(tag: string, isBlock: boolean): void {
    if (isBlock) this.owners.pop();
    if (tag === 'a') this.linkDepth--;
    if (tag === 'pre' || tag === 'textarea' || tag === 'listing') this.preDepth--;
  }

  private addText(raw: string): void {
    if (this.preDepth === 0) {
      this.line.append(raw, this.linkDepth > 0);
      return;
    }
    // Inside <pre> a newline is a line break, so each source line becomes its own block.
    const pieces = raw.split(/\r\n|\r|\n/);
    pieces.forEach((piece, i) => {
      if (i > 0) this.flush();
      this.line.append(piece, this.linkDepth > 0);
    });
  }

  private flush(): void {
    if (this.line.isEmpty()) return;
    const { text, linkChars } = this.line.finish();
    if (/^\s*$/u.test(text)) return;
    const owner = this.owners[this.owners.length - 1];
    if (this.parts.length > 0) this.offset += 1;
    const start = this.offset;
    this.offset += text.length;
    this.parts.push(text);
    const block: Block = { start, end: this.offset, linkChars };
    if (owner) {
      block.tag = (owner.localName ?? '').toLowerCase();
      block.path = this.pathOf(owner);
    }
    this.blocks.push(block);
  }

  /** "div#main>article.post>p": ancestors below <body>, each with id, classes and role-like attributes. */
  private pathOf(node: DomNode): string {
    const cached = this.paths.get(node);
    if (cached !== undefined) return cached;
    const tag = (node.localName ?? '').toLowerCase();
    const parent = node.parentNode;
    const parentPath =
      parent && parent.nodeType === ELEMENT_NODE && parent.localName !== 'html' ? this.pathOf(parent) : '';
    const own = tag === 'body' || tag === 'html' ? tag : segment(node, tag);
    const path =
      parentPath === '' || parentPath === 'html' || parentPath === 'body' ? own : `${parentPath}>${own}`;
    this.paths.set(node, path);
    return path;
  }
}

function segment(node: DomNode, tag: string): string {
  let out = tag;
  const id = node.getAttribute?.('id')?.trim();
  if (id) out += `#${id.replace(/\s+/g, '_')}`;
  const classes = node.getAttribute?.('class')?.trim();
  if (classes) out += '.' + classes.split(/\s+/).join('.');
  for (const name of PATH_ATTRIBUTES) {
    const value = node.getAttribute?.(name)?.trim();
    if (value) out += `[${name}=${value.replace(/[\s\]>]+/g, '_')}]`;
  }
  return out;
}

function isHidden(node: DomNode): boolean {
  if (node.hasAttribute?.('hidden')) return true;
  const style = node.getAttribute?.('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const classes = node.getAttribute?.('class');
  return !!classes && classes.split(/\s+/).some((c) => HIDDEN_CLASS.test(c));
}
