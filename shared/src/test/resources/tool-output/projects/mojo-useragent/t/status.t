use strict;
use warnings;
use Test::More;
use Mojo::UserAgent;

# The status service this test talks to; STATUS_URL points at it.
my $ua = Mojo::UserAgent->new(connect_timeout => 2, inactivity_timeout => 2);
my $tx = $ua->get("$ENV{STATUS_URL}/status");
ok !$tx->error, 'the status service answers' or diag $tx->error->{message};

my $res = $ua->get("$ENV{STATUS_URL}/version")->result;
is $res->code, 200, 'the version endpoint answers';

done_testing;
