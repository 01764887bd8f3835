export { convertPlainText } from './convertPlainText';
export type { ConvertResult, ConvertedFields, ConsumedLine, ConvertField, ConvertOptions } from './types';
export type { Contact } from '../contacts';
