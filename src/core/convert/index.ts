export { convertPlainText, type ConvertResult, type ConvertedFields, type ConsumedLine, type ConvertField, type ConvertOptions } from './convertPlainText';
export type { Contact } from './contacts';
