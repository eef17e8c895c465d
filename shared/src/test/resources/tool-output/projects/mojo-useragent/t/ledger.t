use strict;
use warnings;
use Test::More;
use Test::Mojo;

my $t = Test::Mojo->new;
$t->ua->connect_timeout(2)->inactivity_timeout(2);
$t->get_ok("$ENV{STATUS_URL}/ledger")->status_is(200);

done_testing;
