import fs from "node:fs/promises";
import path from "node:path";
import { loadProfile } from "../domain/profile/load-profile.js";
import type { Profile } from "../domain/profile/profile.js";
import { CannotCheck } from "./failure.js";

export async function loadProfileFile(file: string): Promise<Profile> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new CannotCheck(`There is no profile file at ${file}. Check the --profile path.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new CannotCheck(`The profile ${file} is not valid JSON (${(e as Error).message}). Fix the file, or leave out --profile to use the default.`);
  }
  const result = loadProfile(json, path.basename(file).replace(/\.json$/i, ""));
  if (!result.ok) throw new CannotCheck(`The profile ${file} cannot be used: ${result.problems.join(" ")}`);
  return result.profile;
}
