/** What the shell uses of the app lock: the lock screen and auto-lock load only when needed. */
export { QuickExitButton } from './QuickExitButton';
