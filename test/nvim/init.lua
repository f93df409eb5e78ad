-- Neovim's built-in LSP client with scaling-plan-language-server, for *.scaling.yaml.
-- Works with Neovim 0.7 (Debian 12) and newer. The test suite runs it as
--   nvim --headless -u test/nvim/init.lua plan.scaling.yaml
-- SCALING_PLAN_SERVER may name the server script (default: the installed command).

local server = vim.env.SCALING_PLAN_SERVER
local cmd = server and { 'node', server, '--stdio' } or { 'scaling-plan-language-server', '--stdio' }

local config = {
  name = 'scaling-plan',
  cmd = cmd,
  root_dir = vim.fn.getcwd(),
  init_options = { lang = vim.env.SCALING_PLAN_LANG or 'en' },
}

local client_id = nil
local function attach(bufnr)
  if vim.lsp.start then -- Neovim 0.8+
    vim.lsp.start(config, { bufnr = bufnr })
    return
  end
  client_id = client_id or vim.lsp.start_client(config)
  if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
end

-- Filetype by pattern the way every version understands: an autocommand.
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = { '*.scaling.yaml', '*.scaling.yml' },
  callback = function(args) vim.bo[args.buf].filetype = 'scaling-plan' end,
})
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'scaling-plan',
  callback = function(args)
    vim.bo[args.buf].syntax = 'yaml' -- YAML highlighting for plans
    attach(args.buf)
  end,
})
