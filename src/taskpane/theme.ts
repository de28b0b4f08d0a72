// Which Fluent theme the pane uses: high contrast when Windows forces colours or Office's theme is a
// high-contrast one, the light web theme otherwise.
import { teamsHighContrastTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "highContrast";

export const THEMES: Record<ThemeName, Theme> = { light: webLightTheme, highContrast: teamsHighContrastTheme };

/** The OS's forced-colours mode (Windows high contrast), which Edge WebView2 and browsers report. */
export const FORCED_COLORS_QUERY = "(forced-colors: active)";

type Rgb = [number, number, number];

function parseHex(colour: string | undefined): Rgb | null {
  const m = /^#?([0-9a-f]{6})$/i.exec((colour ?? "").trim());
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Office has no "high contrast" flag, but under a Windows contrast theme `officeTheme` reports the system's
 * colours: a pure black background, or text in a saturated colour (yellow, cyan, green) at near-maximum contrast.
 * Office's own themes (Colorful, Dark Grey, Black, White) use greys, so they are not taken for high contrast.
 */
export function officeThemeIsHighContrast(theme: Partial<Office.OfficeTheme> | undefined | null): boolean {
  if (!theme) return false;
  const pairs: [string | undefined, string | undefined][] = [
    [theme.bodyBackgroundColor, theme.bodyForegroundColor],
    [theme.controlBackgroundColor, theme.controlForegroundColor],
  ];
  return pairs.some(([bgText, fgText]) => {
    const bg = parseHex(bgText);
    const fg = parseHex(fgText);
    if (!bg || !fg || contrastRatio(bg, fg) < 14) return false;
    const grey = (c: Rgb) => c[0] === c[1] && c[1] === c[2];
    const black = bg.every((c) => c === 0);
    return black || !grey(fg) || !grey(bg);
  });
}

/** The theme to use now. */
export function pickTheme(
  officeTheme: Partial<Office.OfficeTheme> | undefined | null,
  forcedColors: boolean,
): ThemeName {
  return forcedColors || officeThemeIsHighContrast(officeTheme) ? "highContrast" : "light";
}

/** Office's theme, where this host reports one (not every host does, and reading it can throw). */
export function currentOfficeTheme(): Office.OfficeTheme | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.officeTheme ?? null) : null;
  } catch {
    return null;
  }
}
