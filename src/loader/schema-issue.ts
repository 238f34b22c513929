import type { z } from 'zod';

/**
 * What an editor is told about a field that failed its schema. A missing field "is required";
 * a field that is there but wrong says what it holds and what it should be, so `number: five`
 * reads `is "five"; must be a whole number`, not "is required".
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.input === undefined)
		return issue.code === 'invalid_type' ? 'is required' : issue.message;
	if (issue.code === 'invalid_type') return `is ${preview(issue.input)}; ${issue.message}`;
	if (issue.code === 'too_big' && typeof issue.input === 'string')
		return `is ${issue.input.length} characters long; ${issue.message}`;
	return issue.message;
}

/** A short rendering of a wrong value: `"five"`, `a list`, `an object`. */
function preview(value: unknown): string {
	if (typeof value === 'string')
		return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	if (Array.isArray(value)) return 'a list';
	if (value === null) return 'empty';
	if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'function') return 'a function';
	// eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects and functions are handled above: a primitive is left
	return String(value);
}
