" A failed assertion, an uncaught exception and tests retried as flaky, as Vim's own tests fail.

func Test_discount()
  call assert_equal(90, 100 * 8 / 10)
endfunc

func Test_parse_total()
  throw 'total: not a number'
endfunc

func Test_passes()
  call assert_true(1)
endfunc

" Retried as flaky: fails on its first run only, so the harness's rerun passes.
let s:cache_runs = 0
func Test_cache_warms_up()
  let g:test_is_flaky = 1
  let s:cache_runs += 1
  call assert_equal(1, s:cache_runs > 1 ? 1 : 0, 'cache is cold')
endfunc

" Retried as flaky and failing the same way again, so the harness gives up.
func Test_server_answers()
  let g:test_is_flaky = 1
  call assert_equal('ready', 'down', 'server state')
endfunc
