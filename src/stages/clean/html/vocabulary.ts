// The HTML extractor's vocabulary: class/id words, tag roles and thresholds, kept as named data rows with ids.
import type { RemovedKind } from '../../../core/article.js';

/**
 * A boilerplate signal read from the class/id/itemprop/role words of a block's ancestors below the content root.
 * Names are split into lower-case words at "-", "_", digits and camelCase humps ("shareBar" → share, bar).
 */
export interface NameRule {
  id: string;
  kind: RemovedKind;
  /** Any of these words in an ancestor's names fires the rule. */
  words: readonly string[];
  /** …unless that same ancestor's names also hold one of these (a tweet in "social-media-embed" is content). */
  unless?: readonly string[];
}

export const NAME_RULES: readonly NameRule[] = [
  {
    id: 'html.name.caption',
    kind: 'caption',
    words: ['caption', 'figcaption', 'credit', 'credits', 'photocredit'],
  },
  {
    id: 'html.name.share',
    kind: 'share',
    words: ['share', 'sharing', 'sharebar', 'sharetools', 'addthis', 'sharethis', 'social', 'socials'],
    unless: ['embed', 'embedded', 'tweet', 'twitter', 'instagram'],
  },
  {
    id: 'html.name.related',
    kind: 'related',
    words: [
      'related',
      'recommended',
      'recommendations',
      'recirculation',
      'popular',
      'trending',
      'outbrain',
      'taboola',
      'readmore',
      'morestories',
      'teaser',
      'teasers',
      'tags',
      'taglist',
      'keywords',
      'topics',
    ],
  },
  {
    id: 'html.name.advertising',
    kind: 'advertising',
    words: [
      'ad',
      'ads',
      'advert',
      'adverts',
      'advertisement',
      'advertising',
      'sponsor',
      'sponsored',
      'promo',
      'promotion',
      'newsletter',
      'signup',
      'subscribe',
      'subscription',
      'cookie',
      'cookies',
      'consent',
      'gdpr',
      'dfp',
      'commercial',
      'marketing',
      'optin',
    ],
  },
  {
    id: 'html.name.navigation',
    kind: 'navigation',
    words: [
      'nav',
      'navbar',
      'navigation',
      'menu',
      'menubar',
      'breadcrumb',
      'breadcrumbs',
      'pagination',
      'pager',
      'skip',
      'topbar',
      'masthead',
    ],
  },
  {
    id: 'html.name.header',
    kind: 'header',
    words: [
      'byline',
      'dateline',
      'author',
      'authors',
      'meta',
      'timestamp',
      'date',
      'published',
      'updated',
      'posted',
      'dek',
      'standfirst',
      'subtitle',
      'subheadline',
      'kicker',
      'headline',
      'abstract',
      'excerpt',
      'print',
      'eyebrow',
      'header',
    ],
  },
  { id: 'html.name.footer', kind: 'footer', words: ['footer', 'copyright', 'colophon', 'bio'] },
  {
    id: 'html.name.other',
    kind: 'other',
    words: [
      'comment',
      'comments',
      'disqus',
      'respond',
      'reply',
      'sidebar',
      'rail',
      'widget',
      'toolbar',
      'login',
      'modal',
      'popup',
      'overlay',
      'gallery',
      'slideshow',
      'carousel',
      'hidden',
    ],
  },
];

/** Elements that name a block's role by themselves, wherever they sit below the content root. */
export const TAG_RULES: ReadonlyArray<{ id: string; kind: RemovedKind; tags: readonly string[] }> = [
  { id: 'html.tag.caption', kind: 'caption', tags: ['figcaption'] },
  { id: 'html.tag.navigation', kind: 'navigation', tags: ['nav', 'menu'] },
  { id: 'html.tag.footer', kind: 'footer', tags: ['footer'] },
  { id: 'html.tag.header', kind: 'header', tags: ['header', 'hgroup'] },
  { id: 'html.tag.form', kind: 'other', tags: ['form', 'button', 'label', 'select', 'option'] },
];

/** Names that mark a container as the article itself (they outweigh boilerplate words on the same element). */
export const CONTENT_WORDS: readonly string[] = [
  'articlebody',
  'article',
  'content',
  'entry',
  'post',
  'story',
  'body',
  'text',
  'main',
  'blog',
];

export const THRESHOLDS = {
  /** A block with at least this many words and little link text is "content-like" (it anchors the root). */
  contentWords: 10,
  /** Share of link characters above which a content-like block stops being one. */
  contentLinkDensity: 0.33,
  /** Share of link characters above which a block in the body region is a link list (related, navigation). */
  linkListDensity: 0.5,
  /** A link list longer than this many words is kept (a paragraph with many citations). */
  linkListMaxWords: 40,
} as const;

/** Phrases that mark a short block as a call to action (newsletter, follow us, share, read more…), any language. */
export const PROMO_CUES: ReadonlyArray<{ id: string; kind: RemovedKind; phrases: readonly string[] }> = [
  {
    id: 'html.cue.subscribe',
    kind: 'advertising',
    phrases: [
      'subscribe',
      'newsletter',
      'sign up',
      'signup',
      'your inbox',
      'delivered to your',
      'get the latest',
      'download our app',
      'join our',
      'abonnez-vous',
      'inscrivez-vous',
      'abonnieren',
      'suscríbete',
      'suscribete',
      'iscriviti',
      'подпишитесь',
      'подписывайтесь',
    ],
  },
  {
    id: 'html.cue.follow',
    kind: 'share',
    phrases: [
      'follow us',
      'follow @',
      'follow him',
      'follow her',
      'follow them',
      'share it with',
      'share this',
      'like this story',
      'suivez-nous',
      'folgen sie uns',
      'síguenos',
      'seguici',
    ],
  },
  {
    id: 'html.cue.related',
    kind: 'related',
    phrases: [
      'read more',
      'you may also like',
      'also on ',
      'related:',
      'see also',
      'click here',
      'lire aussi',
      'à lire aussi',
      'lesen sie auch',
      'mehr zum thema',
      'lee también',
      'leggi anche',
      'читайте также',
    ],
  },
  {
    id: 'html.cue.contact',
    kind: 'source-credit',
    phrases: [
      'have a tip',
      'may be reached at',
      'tell us what you think',
      'contact us',
      'email us',
      'write to us',
    ],
  },
];

/** Text shapes of credits and datelines, read from the block's own words. */
export const TEXT_PATTERNS: ReadonlyArray<{
  id: string;
  kind: RemovedKind;
  pattern: RegExp;
  maxWords: number;
}> = [
  // "… (Image: GETTY)", "Photo: AP", "© Reuters"
  {
    id: 'html.text.image-credit',
    kind: 'caption',
    pattern:
      /\((?:images?|photos?|pictures?|credits?|fotos?|bild|source)\s*:[^)]*\)\s*$|^(?:images?|photos?|credits?|fotos?|bild)\s*:|©/iu,
    maxWords: 20,
  },
  // "Updated: Sat 8:31 PM, Feb 17, 2018", "Published 4:00 am CST", "Posted: …"
  {
    id: 'html.text.dateline',
    kind: 'header',
    pattern:
      /^(?=.*\d)(?:updated|published|posted|last updated|modified|publié|mis à jour|aktualisiert|veröffentlicht|actualizado|publicado|aggiornato|pubblicato)\b/iu,
    maxWords: 14,
  },
  // "By Jane Doe" lines
  { id: 'html.text.byline', kind: 'header', pattern: /^(?:by|par|von|por|di|от)\s+\p{Lu}/u, maxWords: 10 },
];

export const TEXT_THRESHOLDS = {
  /** Calls to action and credits are short: longer blocks are prose that happens to use the words. */
  promoMaxWords: 45,
  /** A block this short holding a clock time or a full date is a dateline. */
  datelineMaxWords: 12,
} as const;
