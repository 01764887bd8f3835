// VS Code's default themes (Light Modern, Dark Modern, High Contrast), as the theme variables the preview's stylesheet reads.
export type ThemeName = 'light' | 'dark' | 'high-contrast';

export const THEMES: Record<ThemeName, { readonly bodyClass: string; readonly colorScheme: 'light' | 'dark'; readonly variables: Record<string, string> }> = {
  light: {
    bodyClass: 'vscode-light',
    colorScheme: 'light',
    variables: {
      '--vscode-editor-background': '#ffffff',
      '--vscode-editor-foreground': '#3b3b3b',
      '--vscode-descriptionForeground': '#3b3b3b',
      '--vscode-textLink-foreground': '#005fb8',
      '--vscode-textLink-activeForeground': '#005fb8',
      '--vscode-editorWidget-background': '#f8f8f8',
      '--vscode-editor-inactiveSelectionBackground': '#e5ebf1',
      '--vscode-editorError-foreground': '#b01011',
      '--vscode-editorWarning-foreground': '#7a5c00',
      '--vscode-editorInfo-foreground': '#0063a8',
      '--vscode-inputValidation-errorBackground': '#f2dede',
      '--vscode-inputValidation-errorBorder': '#be1100',
      '--vscode-inputValidation-warningBackground': '#f6f5d2',
      '--vscode-inputValidation-warningBorder': '#b89500',
      '--vscode-list-hoverBackground': '#f2f2f2',
      '--vscode-panel-border': '#e5e5e5',
      '--vscode-focusBorder': '#005fb8',
      '--vscode-textBlockQuote-border': '#e5e5e5',
      '--vscode-textCodeBlock-background': '#f8f8f8',
    },
  },
  dark: {
    bodyClass: 'vscode-dark',
    colorScheme: 'dark',
    variables: {
      '--vscode-editor-background': '#1f1f1f',
      '--vscode-editor-foreground': '#cccccc',
      '--vscode-descriptionForeground': '#9d9d9d',
      '--vscode-textLink-foreground': '#4daafc',
      '--vscode-textLink-activeForeground': '#4daafc',
      '--vscode-editorWidget-background': '#202020',
      '--vscode-editor-inactiveSelectionBackground': '#3a3d41',
      '--vscode-editorError-foreground': '#f85149',
      '--vscode-editorWarning-foreground': '#cca700',
      '--vscode-editorInfo-foreground': '#3794ff',
      '--vscode-inputValidation-errorBackground': '#5a1d1d',
      '--vscode-inputValidation-errorBorder': '#be1100',
      '--vscode-inputValidation-warningBackground': '#352a05',
      '--vscode-inputValidation-warningBorder': '#b89500',
      '--vscode-list-hoverBackground': '#2a2d2e',
      '--vscode-panel-border': '#2b2b2b',
      '--vscode-focusBorder': '#0078d4',
      '--vscode-textBlockQuote-border': '#616161',
      '--vscode-textCodeBlock-background': '#2b2b2b',
    },
  },
  'high-contrast': {
    bodyClass: 'vscode-high-contrast',
    colorScheme: 'dark',
    variables: {
      '--vscode-editor-background': '#000000',
      '--vscode-editor-foreground': '#ffffff',
      '--vscode-descriptionForeground': '#ffffff',
      '--vscode-textLink-foreground': '#21a6ff',
      '--vscode-textLink-activeForeground': '#21a6ff',
      '--vscode-editorWidget-background': '#0c141f',
      '--vscode-editor-inactiveSelectionBackground': '#000000',
      '--vscode-editorError-foreground': '#f48771',
      '--vscode-editorWarning-foreground': '#ffd370',
      '--vscode-editorInfo-foreground': '#3794ff',
      '--vscode-inputValidation-errorBackground': '#000000',
      '--vscode-inputValidation-errorBorder': '#f38518',
      '--vscode-inputValidation-warningBackground': '#000000',
      '--vscode-inputValidation-warningBorder': '#f38518',
      '--vscode-list-hoverBackground': '#000000',
      '--vscode-panel-border': '#6fc3df',
      '--vscode-contrastBorder': '#6fc3df',
      '--vscode-contrastActiveBorder': '#f38518',
      '--vscode-focusBorder': '#f38518',
      '--vscode-textBlockQuote-border': '#ffffff',
      '--vscode-textCodeBlock-background': '#000000',
    },
  },
};

/** In-page code that applies a theme as VS Code does: a class on the body and variables on the root (CSSOM, which the CSP allows). */
export function applyThemeScript(name: ThemeName): string {
  const theme = THEMES[name];
  return `(() => {
    document.body.classList.remove('vscode-light', 'vscode-dark', 'vscode-high-contrast');
    document.body.classList.add(${JSON.stringify(theme.bodyClass)});
    const variables = ${JSON.stringify(theme.variables)};
    for (const [name, value] of Object.entries(variables)) document.documentElement.style.setProperty(name, value);
    return true;
  })()`;
}
