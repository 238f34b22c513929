import type { Anchor, QuoteSelector } from '../annotations/anchor.ts';
import type { CitationStyle, CslItem } from '../citations/engine.ts';
import type { Motivation } from '../schemas/annotation.ts';
import type { Attribution } from '../schemas/contribution.ts';
import type { ConversationData } from '../schemas/conversation.ts';

/** The checked, rendered content that pages lay out. Built by `loadEdition`. */
export interface Edition {
	conversations: Conversation[];
	/** Sorted by sort name; unnamed contributors last. */
	speakers: Speaker[];
	/** Everyone the conversations name or clearly refer to, A–Z by sort name. */
	people: Person[];
}

export interface Person {
	id: string;
	name: string;
	sortName: string;
	chineseName?: string;
	traditionalName?: string;
	pinyin?: string;
	koreanName?: string;
	aliases: string[];
	/** The words in the text that refer to this person. */
	mentions: string[];
	role: string;
	speaker?: string;
	/** The shared references the page cites, in the order given, formatted in Chicago author-date. */
	sources: ReferenceEntry[];
	bioHtml: string;
	file: string;
}

/** A margin note, anchored and rendered. */
export interface Annotation {
	id: string;
	/** Its number in the conversation, in reading order from 1. */
	number: number;
	contribution: string;
	target: QuoteSelector;
	anchor: Anchor;
	motivation: Motivation;
	people: string[];
	/** Contributions whose pages held the note before it moved; they keep its anchors. */
	movedFrom: string[];
	/** The note as phrasing HTML, citations formatted and linked to `#ref-<key>`. */
	html: string;
	/** The citation keys it cites. */
	cites: string[];
	file: string;
}

/** An entry of a conversation's references, formatted in Chicago author-date. */
export interface ReferenceEntry {
	id: string;
	item: CslItem;
	html: string;
}

export interface Speaker {
	id: string;
	/** The name the evidence supports; absent when the text names nobody. */
	name?: string;
	/** True when `name` is only part of a name. */
	nameIsPartial: boolean;
	sortName: string;
	/** Why no name is printed (only when `name` is absent). */
	unnamedReason?: string;
	affiliation?: string;
	/** The shared references the biography cites, in the order given. */
	sources: ReferenceEntry[];
	bioHtml: string;
	file: string;
}

export interface Conversation extends ConversationData {
	introHtml: string;
	contributions: Contribution[];
	/** Margin notes in reading order. */
	annotations: Annotation[];
	/** Editorial links: words in one post that refer to another, made links to it. */
	links: PostLink[];
	/** The references the notes, the timeline and the afterword cite, in reference-list order. */
	references: ReferenceEntry[];
	/** The editors' timeline and afterword around the conversation. */
	story: Story;
	file: string;
}

export interface Contribution {
	id: string;
	number: number;
	speaker: Speaker;
	attribution: Attribution;
	/** Ids of the contributions this one answers, main one first. */
	replyTo: string[];
	/** Ids of the contributions that answer this one, in order. */
	replies: string[];
	replyNote?: string;
	boundary: string;
	/** The paragraphs as plain text, exactly as in the archive. */
	paragraphs: string[];
	/** The body as HTML, with paragraph ids and permalinks. */
	html: string;
	/** "Cite this": the contribution in three styles, BibTeX and CSL-JSON. */
	citations: CitationSet;
	file: string;
}

export interface CitationSet {
	/** Reference-list entries, as HTML, by style. */
	styles: { style: CitationStyle; label: string; html: string }[];
	/** BibTeX (`@misc`), for BibTeX's own styles. */
	bibtex: string;
	/** biblatex (`@online`), for biblatex and Biber. */
	biblatex: string;
	/** The CSL-JSON item, for download. */
	item: CslItem;
	/** Each paragraph's locator (`6.2`), in-text citation and address, cited with the rest. */
	paragraphs: { locator: string; inText: string; url: string }[];
}

/** An editorial link, checked and anchored: words in one contribution that refer to another. */
export interface PostLink {
	id: string;
	/** The contribution the words are in. */
	contribution: string;
	target: QuoteSelector;
	anchor: Anchor;
	/** The contribution the words refer to. */
	link: string;
	file: string;
}

/** A passage of the archived text an event is mentioned in. */
export interface StoryPassage {
	/** `c6` or `c6-p2`: the anchor on the thread. */
	id: string;
	contribution: string;
	/** The contribution's number, for labels (`6`, `¶ 6.2`). */
	number: number;
	/** The paragraph, from 1, when the passage is one. */
	paragraph?: number;
}

/** One dated event around a conversation, rendered. */
export interface TimelineEvent {
	id: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	until?: string;
	/** What happened, as phrasing HTML, citations linked to `#ref-<key>`. */
	html: string;
	/** The same as plain text, citations formatted. */
	text: string;
	cites: string[];
	posts: StoryPassage[];
	/** The margin notes that explain it, with their numbers. */
	notes: { id: string; number: number }[];
}

/** The editors' afterword, rendered. */
export interface Afterword {
	title: string;
	html: string;
	cites: string[];
	file: string;
}

/** The story around a conversation: its timeline (may be empty) and afterword (may be absent). */
export interface Story {
	timeline: TimelineEvent[];
	afterword?: Afterword;
}
