/**
 * The `yaml` library's error kinds in plain Dutch and English (SP001), for
 * policy advisors, not programmers. No parser text is passed on: the
 * library's messages are English and name its internals ("implicit keys",
 * "compact mappings"). A kind the table does not know gets a general
 * sentence; the position still shows where.
 *
 * Also the wording of the mistakes recover.ts repaired: there we know what
 * the mistake was (a tab, a line indented too far), which says more than the
 * parser's view of it.
 */
import type { Localized } from './types.js';

const both = (nl: string, en: string): Localized => ({ nl, en });

/** Finer readings of one code, by the library's own message (which we match, never show). */
const BY_MESSAGE: [string, RegExp, Localized][] = [
  ['MISSING_CHAR', /closing "/i, both('Hier ontbreekt het afsluitende aanhalingsteken (") van een tekst.', 'The closing quote (") of a text is missing here.')],
  ['MISSING_CHAR', /closing '/i, both("Hier ontbreekt het afsluitende aanhalingsteken (') van een tekst.", "The closing quote (') of a text is missing here.")],
  ['MISSING_CHAR', /followed by map values/i, both('Na deze sleutel ontbreekt een dubbele punt (sleutel: waarde).', 'A colon is missing after this key (key: value).')],
  ['MISSING_CHAR', /Missing , between|Missing , or :/i, both('Tussen de onderdelen van deze lijst of dit blok ontbreekt een komma.', 'A comma is missing between the items of this list or block.')],
  ['MISSING_CHAR', /space after :/i, both('Na de dubbele punt hoort een spatie (sleutel: waarde).', 'A space belongs after the colon (key: value).')],
  ['MISSING_CHAR', /without - indicator/i, both('Dit lijstitem begint niet met een streepje (- ).', 'This list item does not start with a dash (- ).')],
  ['MISSING_CHAR', /Comments must be separated/i, both('Zet een spatie vóór het hekje (#) van een opmerking.', 'Put a space before the hash (#) of a comment.')],
  ['MISSING_CHAR', /flow (sequence|map|collection)|Expected .*[\]}]/i, both('Hier ontbreekt een afsluitend haakje (] of }).', 'A closing bracket (] or }) is missing here.')],
  ['BAD_INDENT', /sequence items/i, both('De lijstitems (- ) hier springen niet even ver in; zet ze recht onder elkaar.', 'The list items (- ) here are not indented equally; line them up.')],
  ['UNEXPECTED_TOKEN', /Unexpected ,/i, both('Hier staat een komma te veel.', 'There is a comma too many here.')],
  ['UNEXPECTED_TOKEN', /Block scalar header/i, both('Na | of > mag op dezelfde regel niets anders staan; begin de tekst op de volgende regel.', 'Nothing else may follow | or > on the same line; start the text on the next line.')],
];

const BY_CODE: Record<string, Localized> = {
  TAB_AS_INDENT: both('Hier wordt ingesprongen met een tab; YAML staat alleen spaties toe. Vervang de tab door spaties.', 'This line is indented with a tab; YAML allows only spaces. Replace the tab with spaces.'),
  BAD_INDENT: both('Deze regel springt niet even ver in als de regels waar hij bij hoort.', 'This line is not indented as far as the lines it belongs with.'),
  MISSING_CHAR: both('Hier ontbreekt een teken, bijvoorbeeld een dubbele punt, een afsluitend aanhalingsteken of een haakje.', 'A character is missing here, for example a colon, a closing quote or a bracket.'),
  MULTILINE_IMPLICIT_KEY: both('Een sleutel hoort op één regel te staan, direct gevolgd door een dubbele punt; controleer hier de dubbele punt en het inspringen.', 'A key belongs on one line, directly followed by a colon; check the colon and the indentation here.'),
  BLOCK_AS_IMPLICIT_KEY: both('Een sleutel hoort op één regel te staan, direct gevolgd door een dubbele punt; controleer hier de dubbele punt en het inspringen.', 'A key belongs on one line, directly followed by a colon; check the colon and the indentation here.'),
  UNEXPECTED_TOKEN: both('Hier staat een teken dat op deze plek niet kan; controleer leestekens en inspringen.', 'A character stands here that cannot be in this place; check punctuation and indentation.'),
  BAD_ALIAS: both('Deze alias (*naam) verwijst naar een anker (&naam) dat niet bestaat.', 'This alias (*name) refers to an anchor (&name) that does not exist.'),
  ALIAS_PROPS: both('Een alias (*naam) kan geen eigen anker of label hebben.', 'An alias (*name) cannot have an anchor or tag of its own.'),
  BAD_SCALAR_START: both('Een waarde kan niet met dit teken beginnen; zet de tekst tussen aanhalingstekens.', 'A value cannot start with this character; put the text in quotes.'),
  BAD_DQ_ESCAPE: both('Tussen dubbele aanhalingstekens is deze schuine streep (\\) geen geldig speciaal teken; schrijf \\\\ of gebruik enkele aanhalingstekens.', 'Inside double quotes this backslash (\\) is not a valid escape; write \\\\ or use single quotes.'),
  BAD_DIRECTIVE: both('Deze regel met % is geen geldige YAML-aanwijzing; een plan heeft er geen nodig.', 'This % line is not a valid YAML directive; a plan needs none.'),
  BAD_PROP_ORDER: both('Een anker (&naam) of label (!) staat hier op de verkeerde plek.', 'An anchor (&name) or tag (!) is in the wrong place here.'),
  BLOCK_IN_FLOW: both('Binnen [ ] of { } kan geen blok met inspringen staan; schrijf de lijst of het blok helemaal uit.', 'A block with indentation cannot stand inside [ ] or { }; write the list or block out in full.'),
  DUPLICATE_KEY: both('Deze sleutel staat twee keer in hetzelfde blok.', 'This key appears twice in the same block.'),
  KEY_OVER_1024_CHARS: both('Deze sleutel is te lang (meer dan 1024 tekens).', 'This key is too long (over 1024 characters).'),
  MULTIPLE_ANCHORS: both('Een waarde kan maar één anker (&naam) hebben.', 'A value can have only one anchor (&name).'),
  MULTIPLE_TAGS: both('Een waarde kan maar één label (!) hebben.', 'A value can have only one tag (!).'),
  MULTIPLE_DOCS: both('Een planbestand bevat één YAML-document.', 'A plan file holds one YAML document.'),
  NON_STRING_KEY: both('Sleutels in een plan zijn gewone woorden.', 'Keys in a plan are plain words.'),
  TAG_RESOLVE_FAILED: both('Dit label (!) is onbekend; een plan gebruikt geen labels.', 'This tag (!) is unknown; a plan uses no tags.'),
  BAD_COLLECTION_TYPE: both('Dit label (!) past niet bij een lijst of blok; een plan gebruikt geen labels.', 'This tag (!) does not fit a list or block; a plan uses no tags.'),
  RESOURCE_EXHAUSTION: both('Dit bestand is te groot of te ingewikkeld om te lezen.', 'This file is too large or too complex to read.'),
  IMPOSSIBLE: both('Dit deel van het bestand kan niet als YAML gelezen worden.', 'This part of the file cannot be read as YAML.'),
};

const GENERAL = both('Dit deel van het bestand is geen geldige YAML; controleer leestekens en inspringen.', 'This part of the file is not valid YAML; check punctuation and indentation.');

/** A parser error, by its code (and, for a few codes, what its message says), as a plain sentence. */
export function explainYamlError(code: string, raw: string): Localized {
  for (const [c, pattern, text] of BY_MESSAGE) if (c === code && pattern.test(raw)) return text;
  return BY_CODE[code] ?? GENERAL;
}

/** A mistake recover.ts repaired: a tab, a line indented too far or too little, a missing colon, an unclosed quote. */
export type RepairKind = 'tab' | 'too-far' | 'too-little' | 'colon' | 'quote' | 'bracket';

export function repairMessage(kind: RepairKind, data: Record<string, string | number>): Localized {
  switch (kind) {
    case 'tab':
      return BY_CODE['TAB_AS_INDENT']!;
    case 'too-far':
      return both(
        `Deze regel springt te ver in: de regels waar hij bij hoort beginnen na ${spaces(data['spaces'], 'nl')} (hier ${data['now']}).`,
        `This line is indented too far: the lines it belongs with start after ${spaces(data['spaces'], 'en')} (here ${data['now']}).`);
    case 'too-little':
      return both(
        `Deze regel springt te weinig in: de regels waar hij bij hoort beginnen na ${spaces(data['spaces'], 'nl')} (hier ${data['now']}).`,
        `This line is not indented far enough: the lines it belongs with start after ${spaces(data['spaces'], 'en')} (here ${data['now']}).`);
    case 'colon':
      return both(
        `Na ‘${data['key']}’ ontbreekt de dubbele punt: schrijf ‘${data['key']}: …’.`,
        `The colon after ‘${data['key']}’ is missing: write ‘${data['key']}: …’.`);
    case 'bracket':
      return both(
        `Deze lijst of dit blok (${data['bracket'] === ']' ? '[' : '{'}) wordt niet gesloten: zet er ‘${data['bracket']}’ achter.`,
        `This list or block (${data['bracket'] === ']' ? '[' : '{'}) is never closed: put ‘${data['bracket']}’ after it.`);
    case 'quote':
      return both(
        `Het aanhalingsteken (${data['quote']}) hier wordt niet gesloten: zet er aan het eind van de tekst ook een.`,
        `The quote (${data['quote']}) here is never closed: put one at the end of the text too.`);
  }
}

/** "1 spatie" / "4 spaties", "1 space" / "4 spaces". */
function spaces(n: string | number | undefined, lang: 'nl' | 'en'): string {
  const one = Number(n) === 1;
  return lang === 'nl' ? `${n} ${one ? 'spatie' : 'spaties'}` : `${n} ${one ? 'space' : 'spaces'}`;
}
