/** What other parts of the app may use of Help now. */
export { HelpNowButton } from './HelpNowButton';
export { helpNowForSharedPlan } from './sharedPlan';
export { ContactList } from './ContactList';
export { helpNowData, type HelpContact } from './helpNowData';
