" A screen test whose Vim never starts in the terminal: RunVimInTerminal() reports the screen's rows joined by <NL>,
" the empty ones too, as Vim's screen dump tests fail when the job cannot run.
source check.vim
source screendump.vim

func Test_help_window()
  CheckRunVimInTerminal
  call writefile(['/no/such/vim'], 'vimcmd')
  let buf = RunVimInTerminal('', #{rows: 6})
endfunc
