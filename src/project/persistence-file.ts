// A project as one file, to move it between browsers or keep a copy: the reports, the machine's
// incidents and the analyst's edits (active and undone), with the schema version that says how to
// read it. Reading one back is checked at the edge (migrations.ts): a wrong file or a newer
// schema is refused with a sentence, and the project in the page stays as it was.

import { parseProject, type ParsedProject } from './migrations.ts';
import { PROJECT_SCHEMA_VERSION, type Project } from './types.ts';

/** Larger than any project of a few thousand reports; a bigger "project" is a wrong file. */
export const MAX_PROJECT_FILE_BYTES = 500 * 1024 * 1024;

export function projectFileContent(project: Project): string {
  const file: Project = {
    schema_version: PROJECT_SCHEMA_VERSION,
    reports: project.reports,
    edits: project.edits,
    undone: project.undone,
    machine: project.machine,
  };
  return JSON.stringify(file, null, 1) + '\n';
}

export function projectFileName(now: Date = new Date()): string {
  return `incident-project-${now.toISOString().slice(0, 10)}.json`;
}

/** The file's text -> a project, or why `name` is not one. */
export function parseProjectText(name: string, text: string): ParsedProject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${name} is not a project file: it is not valid JSON (${e instanceof Error ? e.message.slice(0, 120) : 'parse error'}).` };
  }
  const parsed = parseProject(value);
  return parsed.ok ? parsed : { ok: false, error: `${name} was not imported: ${parsed.error}` };
}

export async function readProjectFile(file: Blob & { name: string }): Promise<ParsedProject> {
  if (file.size > MAX_PROJECT_FILE_BYTES) {
    return { ok: false, error: `${file.name} is ${Math.round(file.size / 1e6)} MB; a project file is at most ${MAX_PROJECT_FILE_BYTES / 1e6} MB.` };
  }
  return parseProjectText(file.name, await file.text());
}
