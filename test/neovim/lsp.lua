-- Headless Neovim asks the News Lens server for hover, references, definition and workspace
-- symbols through its own LSP client (vim.lsp), as a Neovim user's config would. Run by
-- neovim.test.mjs:  nvim --headless --clean -c 'luafile test/neovim/lsp.lua'
-- Inputs (environment): NEWS_LENS_NODE, NEWS_LENS_SERVER (bin/news-lens-server.js), NEWS_LENS_WS
-- (a workspace holding seeds/), NEWS_LENS_SEED (the file to open), NEWS_LENS_NEEDLE (text whose
-- third character the cursor sits on), NEWS_LENS_OUT (where the answers go, as JSON).
local function env(k)
  local v = os.getenv(k)
  assert(v, k .. ' is not set')
  return v
end
local out = env('NEWS_LENS_OUT')

local function write(result)
  local f = assert(io.open(out, 'w'))
  f:write(vim.json.encode(result))
  f:close()
end

local ok, err = pcall(function()
  local result = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) }
  vim.cmd('edit ' .. vim.fn.fnameescape(env('NEWS_LENS_SEED')))
  vim.bo.filetype = 'news'
  local config = {
    name = 'news-lens',
    cmd = { env('NEWS_LENS_NODE'), env('NEWS_LENS_SERVER'), '--stdio' },
    root_dir = env('NEWS_LENS_WS'),
  }
  local client_id
  if vim.lsp.start then
    -- Neovim 0.8 and later: what the README's setup does.
    result.api = 'vim.lsp.start'
    client_id = vim.lsp.start(config)
  else
    -- Neovim 0.7 (Debian 12): the same, by hand.
    result.api = 'vim.lsp.start_client'
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(0, client_id)
  end
  assert(client_id, 'the client did not start')
  assert(vim.wait(30000, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 50), 'the server did not initialize')

  -- The cursor: inside the needle, as an LSP (UTF-16) position.
  local needle = env('NEWS_LENS_NEEDLE')
  local position
  for i, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
    local s = line:find(needle, 1, true)
    if s then
      local _, utf16 = vim.str_utfindex(line, s - 1 + 2)
      position = { line = i - 1, character = utf16 }
      break
    end
  end
  assert(position, 'the needle is not in the file')
  result.position = position
  local at = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = position }

  local function ask(method, params)
    local answers, e = vim.lsp.buf_request_sync(0, method, params, 60000)
    assert(answers, method .. ': ' .. tostring(e))
    local answer = answers[client_id]
    assert(answer and not answer.err, method .. ' failed: ' .. vim.inspect(answer and answer.err))
    return answer.result
  end

  result.hover = ask('textDocument/hover', at)
  result.definition = ask('textDocument/definition', at)
  result.references = ask('textDocument/references', vim.tbl_extend('force', at, { context = { includeDeclaration = true } }))
  result.symbols = ask('workspace/symbol', { query = 'Zelensk' })
  vim.lsp.stop_client(client_id)
  write(result)
end)
if not ok then write({ error = tostring(err) }) end
vim.cmd('qa!')
