import type { Edition } from '../model/model.ts';
import {
	aboutPath,
	contributionPath,
	conversationPath,
	homePath,
	peoplePath,
	personPath,
	searchPath,
	speakerPath,
	speakersPath,
} from '../core/urls.ts';

/** Every public page, in a stable order: the sitemap, and the tests that walk the site, use it. */
export function publicPaths(edition: Edition): string[] {
	return [
		homePath,
		aboutPath,
		...edition.conversations.flatMap((conversation) => [
			conversationPath(conversation.id),
			...conversation.contributions.map((c) => contributionPath(conversation.id, c.id)),
		]),
		speakersPath,
		...edition.speakers.map((speaker) => speakerPath(speaker.id)),
		peoplePath,
		...edition.people.map((person) => personPath(person.id)),
		searchPath,
	];
}

/** A sitemap.xml listing absolute URLs. */
export function sitemapXml(paths: readonly string[], site: URL | string): string {
	const urls = paths.map(
		(path) => `  <url><loc>${escapeXml(new URL(path, site).href)}</loc></url>`,
	);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...urls,
		'</urlset>',
		'',
	].join('\n');
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
