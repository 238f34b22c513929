import type { CiteKey } from '../citations/engine.ts';
import type { AnnotationData } from '../schemas/annotation.ts';
import type { ContributionData } from '../schemas/contribution.ts';
import type { ConversationData } from '../schemas/conversation.ts';
import type { PersonData } from '../schemas/person.ts';
import type { PostLinkData } from '../schemas/post-link.ts';
import type { Reference } from '../schemas/reference.ts';
import type { SpeakerData } from '../schemas/speaker.ts';
import type { ContentProblem } from './content-error.ts';
import type { BodyParagraph } from './contribution-body.ts';
import type { ParsedFile } from './frontmatter.ts';
import type { StoryDrafts } from './story.ts';

/*
 * The content as read: each file parsed and checked against its schema on its own
 * (`readContent`), before the checks across files and the rendering.
 */

/** A file that parsed and matched its schema, before any check across files. */
export interface Draft<T> extends ParsedFile<T> {
	/** Path relative to the project root, as editors see it. */
	file: string;
}

export interface ContributionDraft extends Draft<ContributionData> {
	paragraphs: BodyParagraph[];
}

export interface AnnotationDraft extends Draft<AnnotationData> {
	/** The citation keys the note's body cites. */
	keys: string[];
	/** Its citation groups, as written (`[@a, p. 3; @b]` is one group). */
	groups: CiteKey[][];
}

export interface ReferencesDraft {
	file: string;
	items: Reference[];
	/** The line of a value in the file (`[2, 'id']`). */
	lineOf: (path: readonly (string | number)[]) => number;
}

export interface ConversationDraft extends Draft<ConversationData>, StoryDrafts {
	contributions: ContributionDraft[];
	annotations: AnnotationDraft[];
	/** Editorial links from words to the posts they refer to (`links/*.md`). */
	links: Draft<PostLinkData>[];
	/** The conversation's bibliography; undefined when it has no references.json. */
	references?: ReferencesDraft;
	/** The archived text, or undefined when the file is missing. */
	sourceText?: string;
	sourceFile: string;
	/** True when some file of the conversation could not be read; checks of the whole then wait. */
	incomplete: boolean;
	/** Notes whose file could not be read: what points at them is not blamed for it. */
	unreadableNotes: Set<string>;
}

export interface ContentDrafts {
	/** The content folder, relative to the project (`content`), for messages that name its subfolders. */
	folder: string;
	conversations: ConversationDraft[];
	speakers: Draft<SpeakerData>[];
	people: Draft<PersonData>[];
	/** `content/references.json`, the sources shared by the whole edition; undefined when absent or unreadable. */
	references?: ReferencesDraft;
	/** True when `content/references.json` exists but could not be read; checks of its keys then wait. */
	referencesUnreadable: boolean;
	problems: ContentProblem[];
	/**
	 * The ids of speaker and person files that could not be read (or their file names, when
	 * not even the id could be): references to them are not reported again as unknown.
	 */
	unreadable: { speakers: ReadonlySet<string>; people: ReadonlySet<string> };
	/** True when every conversation was read whole, so checks of the edition as a whole can run. */
	complete: boolean;
}
