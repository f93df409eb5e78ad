// STUB: the language server (issue 3) — connection and wiring only; features live in lsp/.
export {};
