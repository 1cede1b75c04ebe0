-- Drives ccm-lint lsp from Neovim 0.7, which cannot watch files for a server: open the service
-- accounts, wait for CCM302 (their role's trust admits only one of them), then rewrite the trust
-- policy on disk behind the editor's back (no buffer of it) and wait for the diagnostic to clear:
-- the server watched the folder itself. Writes what happened to $CCM_RESULT; exits 0.
local out = {}
local function say(s) table.insert(out, s) end
local function finish(code)
  vim.fn.writefile(out, os.getenv('CCM_RESULT'))
  vim.cmd(code == 0 and 'qall!' or 'cquit! ' .. code)
end

local ok, err = pcall(function()
  local file = os.getenv('CCM_FILE')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local cmd = vim.fn.json_decode(os.getenv('CCM_SERVER_CMD'))
  local client_id = vim.lsp.start_client({ name = 'ccm-lint', cmd = cmd, root_dir = vim.fn.fnamemodify(file, ':h') })
  assert(client_id, 'the client did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  assert(vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'no diagnostic within 60 s')
  local d = vim.diagnostic.get(bufnr)[1]
  say('diagnostic ' .. tostring(d.code) .. ' ' .. d.lnum)

  vim.fn.writefile(vim.fn.readfile(os.getenv('CCM_FIXED_TRUST')), os.getenv('CCM_TRUST'))
  assert(vim.wait(60000, function() return #vim.diagnostic.get(bufnr) == 0 end, 50), 'the diagnostic did not clear')
  say('clean')
  vim.lsp.stop_client(client_id)
end)
if not ok then
  say('error ' .. tostring(err))
  finish(1)
else
  finish(0)
end
