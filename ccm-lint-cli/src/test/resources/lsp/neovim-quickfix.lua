-- Drives ccm-lint lsp from Neovim 0.7's built-in client (no 0.8+ conveniences): open a policy,
-- wait for the diagnostic, request code actions, apply the first quick fix, write the file, wait
-- for the diagnostics to clear. Writes what happened, line by line, to $CCM_RESULT; exits 0.
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
  say('diagnostic ' .. tostring(d.code) .. ' ' .. d.lnum .. ':' .. d.col .. ' ' .. d.source)

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
    context = { diagnostics = {} },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 30000)
  local applied = nil
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      if not applied and action.kind == 'quickfix' and action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
        applied = action.title
      end
    end
  end
  assert(applied, 'no quick fix offered')
  say('applied ' .. applied)
  vim.cmd('write')
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
