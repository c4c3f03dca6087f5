/** One section of the staying-well or crisis plan, as a list read first and edited in place. */
export { PlanSectionList, type SectionItems, type SectionWords } from './PlanSectionList';
export { PlanItemEditor, type PlanItemEditorProps, type PlanItemLabels } from './PlanItemEditor';
