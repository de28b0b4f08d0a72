// The user's choices and stored profiles, kept in the workbook's document settings so the next check needs no clicks.
import { FIELDS, type Field } from "../domain/model.js";
import { WorkbookProblem, type StoredChoices, type StoredProfile } from "./workbook-session.js";

export const CHOICES_KEY = "pra.choices";
export const PROFILES_KEY = "pra.profiles";

/** The part of `Office.context.document.settings` the add-in uses. */
export type SettingsStore = Pick<Office.Settings, "get" | "set" | "saveAsync">;

const FIELD_SET = new Set<string>(FIELDS);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function read(settings: SettingsStore, key: string): unknown {
  try {
    const v: unknown = settings.get(key);
    // Settings written by an older build might hold JSON text rather than an object.
    if (typeof v === "string") {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        return undefined;
      }
    }
    return v;
  } catch {
    return undefined;
  }
}

/** The stored choices, keeping only what still makes sense (a column mapped to a field we no longer know is dropped). */
export function loadChoices(settings: SettingsStore): StoredChoices {
  const raw = read(settings, CHOICES_KEY);
  if (!isRecord(raw)) return {};
  const choices: StoredChoices = {};
  if (typeof raw.sheet === "string" && raw.sheet !== "") choices.sheet = raw.sheet;
  if (typeof raw.profile === "string" && raw.profile !== "") choices.profile = raw.profile;
  if (isRecord(raw.columns)) {
    const columns: Record<string, Field | null> = {};
    for (const [header, field] of Object.entries(raw.columns)) {
      if (field === null) columns[header] = null;
      else if (typeof field === "string" && FIELD_SET.has(field)) columns[header] = field as Field;
    }
    choices.columns = columns;
  }
  return choices;
}

/** Profiles stored in the workbook, each with a name and the JSON a profile file would hold. */
export function loadProfiles(settings: SettingsStore): StoredProfile[] {
  const raw = read(settings, PROFILES_KEY);
  if (!Array.isArray(raw)) return [];
  return raw.filter((p): p is StoredProfile => isRecord(p) && typeof p.name === "string" && p.name !== "" && "json" in p);
}

function save(settings: SettingsStore): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = () =>
      reject(
        new WorkbookProblem(
          "Excel could not save the add-in's settings in this workbook (it may be read-only): your choices apply now but will not be remembered; save an editable copy to keep them.",
          "readOnly",
        ),
      );
    try {
      settings.saveAsync((result) => {
        // At run time the status is "succeeded" or "failed"; the typings declare a numeric enum.
        const status = result.status as unknown;
        if (status === "failed" || status === 1) fail();
        else resolve();
      });
    } catch {
      fail();
    }
  });
}

export async function saveChoices(settings: SettingsStore, choices: StoredChoices): Promise<void> {
  settings.set(CHOICES_KEY, JSON.parse(JSON.stringify(choices)) as unknown);
  await save(settings);
}

export async function saveProfiles(settings: SettingsStore, profiles: readonly StoredProfile[]): Promise<void> {
  settings.set(PROFILES_KEY, JSON.parse(JSON.stringify(profiles)) as unknown);
  await save(settings);
}
