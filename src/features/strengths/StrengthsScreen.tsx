import { strengthsRepository } from '../../db/repositories/strengths';
import { OwnWordsListScreen } from '../own-words';
import { StrengthEditor } from './StrengthEditor';
import { StrengthSummary } from './StrengthSummary';

export function StrengthsScreen() {
  return (
    <OwnWordsListScreen
      part="strengths"
      repository={strengthsRepository}
      renderItem={(item, name) => <StrengthEditor strength={item} name={name} />}
      renderSummary={(item, name) => <StrengthSummary strength={item} name={name} />}
    />
  );
}
