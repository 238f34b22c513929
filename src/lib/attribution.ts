import type { Contribution } from '../model/model.ts';

export interface AttributionSummary {
	/** A short phrase for the contribution's header, e.g. "named in contribution 7". */
	label: string;
	/** The evidence quoted from the text, if any. */
	quote?: string;
	/** The contribution holding the evidence, if it is another one. */
	inContribution?: string;
	/** The editors' reasoning. */
	note: string;
}

/** How a contribution's writer is known, in words for readers. */
export function summariseAttribution(
	contribution: Contribution,
	all: readonly Contribution[],
): AttributionSummary {
	const attribution = contribution.attribution;
	switch (attribution.basis) {
		case 'byline':
			return {
				label: 'byline in the archived text',
				quote: attribution.quote,
				note: attribution.note,
			};
		case 'inferred': {
			const source = all.find((c) => c.id === attribution.in);
			const self = attribution.in === contribution.id;
			return {
				label: self
					? 'inferred from this post’s own words'
					: `inferred from contribution ${source?.number ?? attribution.in}`,
				quote: attribution.quote,
				...(self ? {} : { inContribution: attribution.in }),
				note: attribution.note,
			};
		}
		case 'none':
			return { label: 'not named in the archived text', note: attribution.note };
	}
}
