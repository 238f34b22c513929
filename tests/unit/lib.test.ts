import { describe, expect, it } from 'vitest';
import { summariseAttribution } from '../../src/lib/attribution.ts';
import { contributionPageModel } from '../../src/lib/contribution-page.ts';
import { formatDateSpan } from '../../src/lib/dates.ts';
import { excerpt } from '../../src/model/excerpt.ts';
import { serialiseJsonLd, threadJsonLd } from '../../src/lib/json-ld.ts';
import { contributionLink, replyLinks } from '../../src/lib/links.ts';
import { participants } from '../../src/lib/participants.ts';
import { neighbours, replyEdges } from '../../src/lib/reply-graph.ts';
import { publicPaths, sitemapXml } from '../../src/lib/sitemap.ts';
import { speakerName, speakerQualifier } from '../../src/model/speakers.ts';
import { layoutThreadMap, shortName } from '../../src/lib/thread-map.ts';
import { contributionInThread, contributionPath, conversationPath, isPublicAnchor, speakerPath } from '../../src/core/urls.ts';
import { contribution, conversation, smallThread, speaker } from '../support/model.ts';

describe('urls', () => {
	it('builds every public path in one scheme', () => {
		expect(conversationPath('nk')).toBe('/conversations/nk/');
		expect(contributionPath('nk', 'c6')).toBe('/conversations/nk/c6/');
		expect(contributionInThread('nk', 'c6')).toBe('/conversations/nk/#c6');
		expect(speakerPath('john-delury')).toBe('/speakers/john-delury/');
	});

	it('knows which ids are citable', () => {
		expect(['c6', 'c6-p2', 'note-cui-tiankai'].every(isPublicAnchor)).toBe(true);
		expect(['content', 'c6-title', 'thread-map-caption', 'cx'].some(isPublicAnchor)).toBe(false);
	});
});

describe('speakers', () => {
	it('prints a name only when there is one, and qualifies partial or missing names', () => {
		expect(speakerName(speaker('x'))).toBe('Unnamed contributor');
		expect(speakerQualifier(speaker('x'))).toBe('no byline in the archived text');
		expect(speakerQualifier(speaker('s', 'Suzanne', { nameIsPartial: true }))).toBe('first name only');
		expect(speakerQualifier(speaker('a', 'Ann Author'))).toBeUndefined();
	});

	it('follows a name filled in later, without any other change', () => {
		const thread = smallThread();
		const anon = thread.contributions[1]!.speaker;
		expect(participants(thread).map((p) => p.label)).toEqual(['Ann Author', 'one unnamed contributor']);
		Object.assign(anon, { name: 'Bea Writer', unnamedReason: undefined });
		expect(participants(thread).map((p) => p.label)).toEqual(['Ann Author', 'Bea Writer']);
		expect(contributionLink(thread, 'c2', 'thread')).toEqual({ id: 'c2', href: '#c2', text: '2 · Bea Writer' });
	});
});

describe('participants', () => {
	it('lists named speakers once, in order of appearance, and counts unnamed posts', () => {
		const a = speaker('a', 'Ann');
		const thread = conversation([contribution(1, a), contribution(2, speaker('u1')), contribution(3, speaker('u2')), contribution(4, a)]);
		expect(participants(thread).map((p) => p.label)).toEqual(['Ann', 'the unnamed writers of 2 posts']);
	});
});

describe('reply graph', () => {
	it('lists every answer, the main target first', () => {
		expect(replyEdges(smallThread().contributions)).toEqual([
			{ from: 'c2', to: 'c1', main: true },
			{ from: 'c3', to: 'c2', main: true },
			{ from: 'c3', to: 'c1', main: false },
		]);
	});

	it('finds previous and next', () => {
		const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
		expect(neighbours(items, 'a')).toEqual({ next: { id: 'b' } });
		expect(neighbours(items, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
		expect(neighbours(items, 'c')).toEqual({ previous: { id: 'b' } });
	});

	it('links replies on the thread to anchors, and on pages to pages', () => {
		const thread = smallThread();
		const c3 = thread.contributions[2]!;
		expect(replyLinks(thread, c3, 'thread').replyTo.map((l) => l.href)).toEqual(['#c2', '#c1']);
		expect(replyLinks(thread, c3, 'page').replyTo.map((l) => l.href)).toEqual(['/conversations/x/c2/', '/conversations/x/c1/']);
		expect(replyLinks(thread, c3, 'thread').elsewhere.href).toBe('/conversations/x/c3/');
	});
});

describe('contribution page model', () => {
	it('quotes what a contribution answers and what answers it', () => {
		const thread = smallThread();
		const model = contributionPageModel(thread, thread.contributions[1]!);
		expect(model.title).toBe('2. Unnamed contributor: A Title?');
		expect(model.replyingTo).toEqual([{ id: 'c1', href: '/conversations/x/c1/', text: '1 · Ann Author', excerpt: 'Paragraph one of 1.' }]);
		expect(model.answeredBy.map((l) => l.id)).toEqual(['c3']);
		expect(model.previous?.id).toBe('c1');
		expect(model.next?.id).toBe('c3');
	});
});

describe('attribution summary', () => {
	it('words each basis for readers', () => {
		const thread = smallThread();
		expect(summariseAttribution(thread.contributions[0]!, thread.contributions).label).toBe('byline in the archived text');
		expect(summariseAttribution(thread.contributions[1]!, thread.contributions).label).toBe('not named in the archived text');
		const inferred = { ...thread.contributions[2]!, attribution: { basis: 'inferred' as const, quote: 'q', in: 'c2', note: 'n' } };
		expect(summariseAttribution(inferred, thread.contributions)).toEqual({
			label: 'inferred from contribution 2',
			quote: 'q',
			inContribution: 'c2',
			note: 'n',
		});
	});
});

describe('thread map', () => {
	it('places one node per post and one arc per answer, inside the drawing', () => {
		const map = layoutThreadMap(smallThread().contributions);
		expect(map.nodes.map((n) => [n.id, n.name])).toEqual([
			['c1', 'Author'],
			['c2', 'Unnamed'],
			['c3', 'Author'],
		]);
		expect(map.edges.map((e) => [e.from, e.to, e.main])).toEqual([
			['c2', 'c1', true],
			['c3', 'c2', true],
			['c3', 'c1', false],
		]);
		for (const node of map.nodes) {
			expect(node.x - map.radius).toBeGreaterThanOrEqual(0);
			expect(node.x + map.radius).toBeLessThanOrEqual(map.width);
			expect(node.labelY).toBeLessThanOrEqual(map.height);
		}
		// A cubic arc with equal ends and equal controls peaks three quarters of the way to them.
		for (const edge of map.edges) {
			const [, start, , control] = edge.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
			expect(start! + 0.75 * (control! - start!)).toBeGreaterThanOrEqual(0);
		}
	});

	it('arches a long-range answer higher than an answer to a neighbour', () => {
		const map = layoutThreadMap(smallThread().contributions);
		const peak = (d: string) => Number(d.split(/[ ,]+/)[5]);
		expect(peak(map.edges[2]!.d)).toBeLessThan(peak(map.edges[0]!.d));
	});

	it('runs down the page on phones, with full names beside the nodes', () => {
		const across = layoutThreadMap(smallThread().contributions, 'horizontal');
		const down = layoutThreadMap(smallThread().contributions, 'vertical');
		expect(down.nodes.map((n) => n.name)).toEqual(['Ann Author', 'Unnamed contributor', 'Ann Author']);
		expect(new Set(down.nodes.map((n) => n.x)).size).toBe(1);
		expect(new Set(across.nodes.map((n) => n.y)).size).toBe(1);
		expect(down.height).toBeGreaterThan(down.nodes.at(-1)!.y);
	});

	it('labels nodes for screen readers with what they answer', () => {
		expect(layoutThreadMap(smallThread().contributions).nodes.map((n) => n.label)).toEqual([
			'1 Author (Ann Author), opens the conversation',
			'2 Unnamed (Unnamed contributor), answers 1',
			'3 Author (Ann Author), answers 2 and 1',
		]);
		expect(layoutThreadMap(smallThread().contributions, 'vertical').nodes[1]!.label).toBe('2 Unnamed contributor, answers 1');
		expect(shortName('Orville Schell')).toBe('Schell');
	});
});

describe('dates', () => {
	it('writes spans as readers do', () => {
		expect(formatDateSpan('2013-03-05', '2013-03-07')).toBe('5–7 March 2013');
		expect(formatDateSpan('2013-02-28', '2013-03-02')).toBe('28 February – 2 March 2013');
		expect(formatDateSpan('2012-12-30', '2013-01-02')).toBe('30 December 2012 – 2 January 2013');
		expect(formatDateSpan('2013-03-05', '2013-03-05')).toBe('5 March 2013');
		expect(() => formatDateSpan('March', '2013-03-05')).toThrow(/ISO date/);
	});
});

describe('excerpt', () => {
	it('cuts at a word and marks the cut', () => {
		expect(excerpt('one two three four', 2)).toBe('one two…');
		expect(excerpt('one, two, three', 2)).toBe('one, two…');
		expect(excerpt('short text', 5)).toBe('short text');
	});
});

describe('json-ld', () => {
	it('cannot close its script element early', () => {
		expect(serialiseJsonLd({ text: '</script><script>alert(1)</script>' })).not.toContain('</script>');
	});

	it('gives an unnamed writer no author, and each comment every parent', () => {
		const data = threadJsonLd(smallThread(), 'https://example.org');
		const comments = data['comment'] as Record<string, unknown>[];
		expect(comments[0]).not.toHaveProperty('author');
		// c3 answers c2 and c1: both are its parents, the main one first.
		expect(comments[1]!['parentItem']).toEqual([
			{ '@id': 'https://example.org/conversations/x/#c2' },
			{ '@id': 'https://example.org/conversations/x/#c1' },
		]);
		expect(data['author']).toEqual({ '@type': 'Person', name: 'Ann Author' });
	});
});

describe('sitemap', () => {
	it('lists every public page once, as absolute URLs', () => {
		const thread = smallThread();
		const paths = publicPaths({
			conversations: [thread],
			speakers: [thread.contributions[0]!.speaker, thread.contributions[1]!.speaker],
			people: [],
		});
		expect(paths).toEqual([
			'/',
			'/about/',
			'/conversations/x/',
			'/conversations/x/c1/',
			'/conversations/x/c2/',
			'/conversations/x/c3/',
			'/speakers/',
			'/speakers/ann/',
			'/speakers/anon/',
			'/people/',
			'/search/',
		]);
		expect(sitemapXml(['/a&b/'], 'https://example.org')).toContain('<loc>https://example.org/a&amp;b/</loc>');
	});
});
