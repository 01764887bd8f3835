/** The length rules' shared shape: a role's text measured in characters against `min` and `max` options. */
import type { FieldRole } from '../../schema/fieldRoles';
import type { RuleContext, RuleFinding } from '../types';
import { characterCount, limitOption, placeOn, roleText } from './fields';
import { isTemplateValue } from './placeholderText';
import { findingAt } from '../finding';

export interface LengthOptions {
  readonly min: number;
  readonly max: number;
}

export const LENGTH_OPTIONS_PROPERTIES = {
  min: { type: 'integer', minimum: 0, description: 'The fewest characters (0: no lower limit).' },
  max: { type: 'integer', minimum: 1, description: 'The most characters.' },
};

/** One rule's check, made once: the messages are written only for a value that is too long or too short. */
export interface LengthCheck<Options extends LengthOptions = LengthOptions> {
  readonly role: FieldRole;
  /** How messages name the field, e.g. "The headline (title)". */
  readonly subject: (fieldName: string) => string;
  /** The text measured, when it is not the whole value (the headline without its site name). */
  readonly measured?: (value: string, options: Options) => string;
  readonly tooLong: (max: number) => string;
  readonly tooShort: (min: number) => string;
}

export function lengthFindings<Options extends LengthOptions>(context: RuleContext<Options>, check: LengthCheck<Options>, defaults: LengthOptions): RuleFinding[] {
  const field = roleText(context, check.role);
  // Empty and template values are the schema's and the placeholders rule's to report.
  if (!field || isTemplateValue(field.value)) return [];
  const max = limitOption(context.options.max, defaults.max);
  const min = limitOption(context.options.min, defaults.min);
  const measured = check.measured ? check.measured(field.value, context.options) : field.value.trim();
  const length = characterCount(measured);
  if (length <= max && length >= min) return [];
  // Only a value that is too long or too short needs its message written.
  const without = measured === field.value.trim() ? '' : ' without the site name';
  const at = placeOn(context, field.path);
  if (!at) return [];
  const subject = check.subject(field.name);
  if (length > max) return [findingAt(at, `${subject} is ${length} characters long${without}; ${check.tooLong(max)}`)];
  return [findingAt(at, `${subject} is ${length} ${length === 1 ? 'character' : 'characters'} long${without}; ${check.tooShort(min)}`)];
}
