-- Run after opening a plan with init.lua: waits for our diagnostics, asks a
-- hover and a definition like a user would, writes what Neovim holds as JSON
-- to $SCALING_NVIM_OUT, and quits.
local out = assert(vim.env.SCALING_NVIM_OUT, 'SCALING_NVIM_OUT not set')
local buf = vim.api.nvim_get_current_buf()

local received = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)

local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(diagnostics, {
    code = d.code or lsp.code, source = d.source or lsp.source, severity = d.severity, message = d.message,
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
  })
end

local function request(method, line, character)
  local params = { textDocument = vim.lsp.util.make_text_document_params(), position = { line = line, character = character } }
  local replies = vim.lsp.buf_request_sync(buf, method, params, 5000) or {}
  for _, reply in pairs(replies) do
    if reply.result then return reply.result end
  end
  return vim.NIL
end

local hover_line = tonumber(vim.env.SCALING_NVIM_HOVER_LINE or '-1')
local result = {
  received = received,
  filetype = vim.bo[buf].filetype,
  clients = #vim.tbl_keys(vim.lsp.buf_get_clients(buf)),
  diagnostics = diagnostics,
  hover = hover_line >= 0 and request('textDocument/hover', hover_line, tonumber(vim.env.SCALING_NVIM_HOVER_CHAR)) or vim.NIL,
  definition = hover_line >= 0 and request('textDocument/definition', hover_line, tonumber(vim.env.SCALING_NVIM_HOVER_CHAR)) or vim.NIL,
}
local f = assert(io.open(out, 'w'))
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qa!')
