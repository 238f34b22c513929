const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) in words: `2013`, `June 2013`, `7 June 2013`. */
export function formatPartialDate(date: string): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
	if (month === undefined) return String(year);
	return `${day === undefined ? '' : `${day} `}${MONTHS[month - 1]} ${year}`;
}

/**
 * A span of ISO days as readers write it, sharing what the two ends share:
 * `5–7 March 2013`, `28 February – 2 March 2013`, `30 December 2012 – 2 January 2013`,
 * or a single day when both ends are the same.
 */
export function formatDateSpan(earliest: string, latest: string): string {
	const [y1, m1, d1] = parts(earliest);
	const [y2, m2, d2] = parts(latest);
	if (earliest === latest) return `${d1} ${MONTHS[m1 - 1]} ${y1}`;
	if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${MONTHS[m2 - 1]} ${y2}`;
	if (y1 === y2) return `${d1} ${MONTHS[m1 - 1]} – ${d2} ${MONTHS[m2 - 1]} ${y2}`;
	return `${d1} ${MONTHS[m1 - 1]} ${y1} – ${d2} ${MONTHS[m2 - 1]} ${y2}`;
}

function parts(iso: string): [number, number, number] {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new Error(`Not an ISO date (YYYY-MM-DD): ${iso}`);
	return [Number(match[1]), Number(match[2]), Number(match[3])];
}
