/** Settings the server may provide (config.json), e.g. an online style chosen with STYLE_URL.
 * A fetch, not an inline script: the CSP forbids inline script. */
export interface AppConfig {
  styleUrl: string | null;
}

export async function loadAppConfig(): Promise<AppConfig> {
  const fromBuild = (import.meta.env.VITE_STYLE_URL as string | undefined) || null;
  try {
    const res = await fetch('./config.json', { credentials: 'same-origin' });
    if (!res.ok) return { styleUrl: fromBuild };
    const json = (await res.json()) as Partial<AppConfig>;
    return { styleUrl: typeof json.styleUrl === 'string' && json.styleUrl ? json.styleUrl : fromBuild };
  } catch {
    return { styleUrl: fromBuild };
  }
}
