export { LanguageChoice } from './LanguageChoice';
