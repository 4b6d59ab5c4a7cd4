-- Neovim's own LSP client against `creeplint lsp`, headless (nvim --headless -u NONE -l is 0.9+; this runs on 0.7+):
--   CREEPLINT_CMD=... FILE=... OUT=result.json nvim --headless -u NONE -i NONE -n -c 'luafile e2e.lua'
-- Opens FILE, waits for the diagnostics Neovim received (vim.diagnostic.get), applies the server's "Suppress" code
-- action to the buffer, waits for the diagnostics to clear, asks for a hover, and writes what it saw to OUT as JSON.
local result = { steps = {} }
local out = os.getenv('OUT')

local function finish(err)
  result.error = err
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'creeplint',
    cmd = { os.getenv('CREEPLINT_CMD'), 'lsp', '--stdio' },
    root_dir = vim.fn.getcwd(),
    init_options = { debounceMs = 0 },
  })
  assert(client_id, 'the client did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  assert(vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'no diagnostics arrived')
  result.diagnostics = vim.diagnostic.get(bufnr)
  table.insert(result.steps, 'diagnostics')

  -- Put the cursor on the finding and ask for code actions there, as `:lua vim.lsp.buf.code_action()` does.
  local d = result.diagnostics[1]
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  local client = vim.lsp.get_client_by_id(client_id)
  local params = vim.lsp.util.make_range_params(0, client.offset_encoding or 'utf-16')
  params.context = { diagnostics = {} }
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', vim.lsp.util.make_position_params(0, client.offset_encoding or 'utf-16'), 30000)
  result.hover = hover and hover[client_id] and hover[client_id].result
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 30000)
  local actions = responses and responses[client_id] and responses[client_id].result or {}
  result.titles = vim.tbl_map(function(a) return a.title end, actions)
  local suppress
  for _, action in ipairs(actions) do
    if action.title:find('^Suppress') then suppress = action end
  end
  assert(suppress, 'no suppress action')
  vim.lsp.util.apply_workspace_edit(suppress.edit, client.offset_encoding or 'utf-16')
  result.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  table.insert(result.steps, 'code action applied')

  assert(vim.wait(60000, function() return #vim.diagnostic.get(bufnr) == 0 end, 50), 'the diagnostics did not clear')
  result.after = vim.diagnostic.get(bufnr)
  table.insert(result.steps, 'diagnostics cleared')
  vim.lsp.stop_client(client_id)
end)

finish(not ok and tostring(err) or nil)
