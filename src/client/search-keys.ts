/**
 * Whether a key press asks for search: Ctrl+K or ⌘+K, anywhere.
 *
 * No single-character shortcut ("/" as on many sites): WCAG 2.1.4 asks that such a shortcut can be
 * turned off or remapped, since speech-input users and readers who type by accident set it off
 * without meaning to. A shortcut with a modifier needs neither.
 */
export function isSearchShortcut(
	event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): boolean {
	if (event.altKey) return false;
	return (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
}
