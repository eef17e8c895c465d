use strict;
use warnings;
use Test::More tests => 3;
use Calc;

is(Calc::add(2, 3), 5, 'add sums two numbers');
is(Calc::discount(200, 10), 180, 'discount takes a percentage off');
ok(Calc::add(-1, 1) == 0, 'add handles negatives');
