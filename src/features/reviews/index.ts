/** When a part of the plan was last looked over, and when to look again. */
export { ReviewBar, type ReviewSource } from './ReviewBar';
