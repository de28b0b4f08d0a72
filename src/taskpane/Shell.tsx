import { FluentProvider } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { FORCED_COLORS_QUERY, THEMES, currentOfficeTheme, pickTheme, type ThemeName } from "./theme.js";

function forcedColors(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(FORCED_COLORS_QUERY).matches;
}

/** The theme to use, following Windows' contrast setting as it changes. */
export function useThemeName(): ThemeName {
  const [name, setName] = useState<ThemeName>(() => pickTheme(currentOfficeTheme(), forcedColors()));
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const query = window.matchMedia(FORCED_COLORS_QUERY);
    const update = () => setName(pickTheme(currentOfficeTheme(), query.matches));
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return name;
}

/** Fluent's provider with the theme Office and the OS ask for. */
export function Shell({ children }: { children: ReactNode }) {
  const name = useThemeName();
  return (
    <FluentProvider theme={THEMES[name]} data-theme={name} style={{ minHeight: "100vh" }}>
      {children}
    </FluentProvider>
  );
}
