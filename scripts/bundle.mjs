// STUB: esbuild bundling of client and server into dist/ (issue 3).
