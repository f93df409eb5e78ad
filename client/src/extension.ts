// Placeholder: the VS Code client is built in issue 3.
export function activate(): void {}
export function deactivate(): void {}
