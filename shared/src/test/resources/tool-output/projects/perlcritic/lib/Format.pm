package Format;

use strict;
use warnings;

our $VERSION = '0.01';

sub money {
    my ($cents) = @_;
    return sprintf '%.2f', $cents / 100;
}

1;
