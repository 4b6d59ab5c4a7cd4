-- The README's screenshot: `creeplint lsp` in Neovim, a squiggle and its hover. Run by screenshot.sh inside tmux.
vim.o.termguicolors = true
vim.o.number = true
vim.o.signcolumn = 'yes'
vim.cmd('syntax on')
vim.cmd('highlight DiagnosticUnderlineWarn gui=undercurl guisp=#e5c07b cterm=undercurl')
vim.cmd('highlight NormalFloat guibg=#2c313a guifg=#dcdfe4')
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ name = 'creeplint', cmd = { os.getenv('CREEPLINT_CMD'), 'lsp', '--stdio' }, root_dir = vim.fn.getcwd() })
vim.lsp.buf_attach_client(bufnr, client_id)
vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local d = vim.diagnostic.get(bufnr)[1]
vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col + 3 })
vim.lsp.buf.hover()
