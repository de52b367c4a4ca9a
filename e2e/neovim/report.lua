-- Appended to a README configuration by check.mjs: waits for Boussole's diagnostics on the note
-- Neovim opened, writes one line per diagnostic to the report file, and quits.
vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local report = assert(io.open(os.getenv('BOUSSOLE_REPORT'), 'w'))
    local found = vim.wait(tonumber(os.getenv('BOUSSOLE_WAIT_MS')), function()
      return #vim.diagnostic.get(0) > 0
    end, 100)
    report:write(found and 'diagnostics\n' or 'timeout\n')
    for _, d in ipairs(vim.diagnostic.get(0)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
      report:write(string.format('%s\t%s\t%d\t%d\t%s\n', d.source or '', code, d.severity, d.lnum + 1, d.message:gsub('\n', ' ')))
    end
    report:close()
    vim.cmd('qa!')
  end,
})
