/** The version the build stamps into the bundle (`development` when run from the sources). */
declare const PRESSROOM_VERSION: string | undefined;

export const CLI_VERSION = typeof PRESSROOM_VERSION === 'string' ? PRESSROOM_VERSION : 'development';
