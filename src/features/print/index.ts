/** What other parts of the app (such as the shared plan's viewer) may use from print. */
export { PlanDocument } from './PlanDocument';
export { planViewToMarkdown } from './markdown';
