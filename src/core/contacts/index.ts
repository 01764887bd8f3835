// Media contacts: one type for releases, the contacts file, completion and the converter.
export { CONTACT_FIELD_ORDER, contactEntries, contactFieldsOf, contactOf, mergeContacts, type Contact } from './contact';
export { parseContactsFile, type ContactsFileResult } from './contactsFile';
