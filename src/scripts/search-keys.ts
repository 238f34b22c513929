/**
 * Whether a key press asks for search: Ctrl+K or ⌘+K anywhere, or "/" when the reader is not
 * typing in a field (where "/" is just a character).
 */
export function isSearchShortcut(
	event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
	target: EventTarget | null,
): boolean {
	if (event.altKey) return false;
	if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
	if (event.key !== '/' || event.ctrlKey || event.metaKey) return false;
	const element = target as HTMLElement | null;
	const typing = element?.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element?.tagName ?? '');
	return !typing;
}
