/** A screen that is one list in the person's own words, set up by the feature that owns it. */
export { OwnWordsListScreen } from './OwnWordsListScreen';
