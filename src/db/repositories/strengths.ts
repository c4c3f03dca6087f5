import { strengthFields } from '../../domain/strengths';
import { createListRepository } from './orderedList';

export const strengthsRepository = createListRepository((db) => db.strengths, strengthFields);
