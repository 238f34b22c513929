import type { Speaker } from './model.ts';

/** What a page prints for a speaker: the name the evidence supports, or "Unnamed contributor". */
export function speakerName(speaker: Speaker): string {
	return speaker.name ?? 'Unnamed contributor';
}

/** A short qualifier printed beside the name, when the name needs one. */
export function speakerQualifier(speaker: Speaker): string | undefined {
	if (!speaker.name) return 'no byline in the archived text';
	if (speaker.nameIsPartial) return 'first name only';
	return undefined;
}
