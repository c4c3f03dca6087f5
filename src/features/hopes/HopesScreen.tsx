import { hopesRepository } from '../../db/repositories/hopes';
import { OwnWordsListScreen } from '../own-words';
import { HopeEditor } from './HopeEditor';
import { HopeSummary } from './HopeSummary';

export function HopesScreen() {
  return (
    <OwnWordsListScreen
      part="hopes"
      repository={hopesRepository}
      renderItem={(item, name) => <HopeEditor hope={item} name={name} />}
      renderSummary={(item, name) => <HopeSummary hope={item} name={name} />}
    />
  );
}
