import { hopeFields } from '../../domain/hopes';
import { createListRepository } from './orderedList';

export const hopesRepository = createListRepository((db) => db.hopes, hopeFields);
