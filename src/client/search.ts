/** Everything search needs once the reader asks for it, loaded as one file. */
export { openSearchDialog } from './search-dialog.ts';
export { startSearchPage } from './search-page.ts';
