/**
 * The project configuration in force for each file the CLI is given, found as the editor finds it: the
 * nearest `.pressroom.jsonc` walking up from the file's folder. Each folder's answer, each configuration
 * file and each schema is read once per run. A problem with a configuration (an invalid file, a schema
 * that cannot be read or compiled) is reported once and the check goes on with the defaults.
 */
import * as path from 'node:path';
import {
  builtInSchema,
  CONFIG_FALLBACK_NOTE,
  CONFIG_FILE_NAME,
  configDiagnostic,
  effectiveConfig,
  foldersAbove,
  joinPath,
  parentOf,
  readProjectConfig,
  relativeTo,
  toForwardSlashes,
  type CompiledSchema,
  type ConfigReadResult,
  type ProjectConfig,
} from '../core';
import type { CliIo } from './io';
import { loadSchemaFiles } from './loadSchemaOption';

const WITH_BUILT_IN = '(Pressroom checks with the built-in schema)';

export type ConfigIo = Pick<CliIo, 'readFile' | 'exists' | 'isDirectory' | 'cwd'>;

export interface ProjectConfigsOptions {
  /** `--schema <file>`, already loaded: explicit, so it wins over every configuration's `schema`. */
  readonly schemaOverride?: { readonly file: string; readonly schema: CompiledSchema };
  /** Called once per configuration problem, with one line (no newline). */
  readonly onProblem: (line: string) => void;
  /** Called once per note about a schema (a remote reference not fetched), with one line; not an error. */
  readonly onNote?: (line: string) => void;
}

/** How a configuration file's text is read: validate checks its `rules` against the release rules, convert need not. */
export type ConfigReader = (text: string) => ConfigReadResult;

/** The configurations of the files of one run, each configuration file read with `readConfigText`. */
export class FileConfigs {
  private readonly cwd: string;
  /** Folder → the configuration file found from it (null: none up to the root). */
  private readonly nearest = new Map<string, string | null>();
  /** Configuration file (or '' for none) → the configuration it gives. */
  private readonly configs = new Map<string, ProjectConfig>();
  /** Schema file → its compiled schema (the built-in one when it could not be loaded). */
  private readonly schemas = new Map<string, CompiledSchema>();
  private readonly schemaOverride: string | undefined;

  constructor(
    private readonly io: ConfigIo,
    private readonly options: ProjectConfigsOptions,
    private readonly readConfigText: ConfigReader,
  ) {
    this.cwd = toForwardSlashes(path.resolve(io.cwd()));
    const override = options.schemaOverride;
    this.schemaOverride = override ? this.absolute(override.file) : undefined;
    if (override) this.schemas.set(this.absolute(override.file), override.schema);
  }

  /** The absolute forward-slash path the core sees for a path the CLI was given. */
  absolute(file: string): string {
    return joinPath(this.cwd, toForwardSlashes(file));
  }

  /** The configuration in force for a file (a path as given on the command line or found below it). */
  configFor(file: string): ProjectConfig {
    const configFile = this.findConfigFile(this.absolute(file));
    const key = configFile ?? '';
    let config = this.configs.get(key);
    if (!config) {
      config = this.readConfig(configFile);
      // --schema is explicit: it wins over `schemas` entries and a release's own `$schema` too.
      if (this.schemaOverride !== undefined) config = { ...config, schema: this.schemaOverride, schemas: [], frontMatterSchema: false };
      this.configs.set(key, config);
    }
    return config;
  }

  /** The compiled schema a configuration names (the built-in one when it names none). */
  schemaFor(config: ProjectConfig): CompiledSchema {
    return this.schemaAt(config.schema, config);
  }

  /** The compiled schema of one file (a check decision's), the built-in one for undefined. */
  schemaAt(schemaPath: string | undefined, config: ProjectConfig): CompiledSchema {
    if (schemaPath === undefined) return builtInSchema();
    let schema = this.schemas.get(schemaPath);
    if (!schema) {
      schema = this.loadSchema(schemaPath, config.configFile);
      this.schemas.set(schemaPath, schema);
    }
    return schema;
  }

  /** How a path is shown: relative to the working folder when inside it. */
  display(absolutePath: string): string {
    const relative = relativeTo(this.cwd, absolutePath);
    return relative === undefined || relative === '' ? absolutePath : relative;
  }

  private findConfigFile(file: string): string | undefined {
    // Most files share a folder with one seen before.
    const known = this.nearest.get(parentOf(file));
    if (known !== undefined) return known ?? undefined;
    const visited: string[] = [];
    let found: string | null = null;
    for (const candidate of foldersAbove(file)) {
      const known = this.nearest.get(candidate);
      if (known !== undefined) {
        found = known;
        break;
      }
      visited.push(candidate);
      const file = joinPath(candidate, CONFIG_FILE_NAME);
      if (this.isFile(file)) {
        found = file;
        break;
      }
    }
    for (const candidate of visited) this.nearest.set(candidate, found);
    return found ?? undefined;
  }

  private isFile(file: string): boolean {
    try {
      return this.io.exists(file) && !this.io.isDirectory(file);
    } catch {
      return false;
    }
  }

  private readConfig(configFile: string | undefined): ProjectConfig {
    if (configFile === undefined) return effectiveConfig({ defaultRoot: this.cwd });
    const root = parentOf(configFile);
    let text: string;
    try {
      text = this.io.readFile(configFile);
    } catch {
      this.options.onProblem(`${this.display(configFile)}: cannot read the file. ${CONFIG_FALLBACK_NOTE}`);
      return effectiveConfig({ defaultRoot: root });
    }
    const read = this.readConfigText(text);
    if (!read.ok) {
      // The same diagnostic the editor shows on the file. The defaults apply from its folder: still the project's root.
      const { message, range } = configDiagnostic(text, read.problem);
      this.options.onProblem(`${this.display(configFile)}:${range.start.line + 1}:${range.start.character + 1}: ${message}`);
      return effectiveConfig({ defaultRoot: root });
    }
    return effectiveConfig({ file: { path: configFile, values: read.values }, defaultRoot: this.cwd });
  }

  /** A schema a configuration file names (a --schema file is loaded up front, as a usage error). */
  private loadSchema(schemaPath: string, configFile: string | undefined): CompiledSchema {
    const shown = this.display(schemaPath);
    const where = configFile === undefined ? 'pressroom' : this.display(configFile);
    let text: string;
    try {
      text = this.io.readFile(schemaPath);
    } catch {
      this.options.onProblem(`${where}: cannot read the schema file ${shown} ${WITH_BUILT_IN}`);
      return builtInSchema();
    }
    const loaded = loadSchemaFiles(this.io, schemaPath, text, shown);
    if (!loaded.ok) {
      this.options.onProblem(`${where}: ${loaded.problem} ${WITH_BUILT_IN}`);
      return builtInSchema();
    }
    for (const note of loaded.schema.notes) this.options.onNote?.(`${where}: ${note}`);
    return loaded.schema;
  }
}

/** The configurations validate and list use: a configuration's `rules` must name real rules with their options. */
export class ProjectConfigs extends FileConfigs {
  constructor(io: ConfigIo, options: ProjectConfigsOptions) {
    super(io, options, (text) => readProjectConfig(text));
  }
}
