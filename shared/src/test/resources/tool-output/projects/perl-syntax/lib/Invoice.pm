package Invoice;
use strict;
use warnings;

sub total {
    my ($lines) = @_;
    my $sum = 0;
    foreach my $line (@$lines) {
        $sum += $line->{amount}
    }
    return $sum
}

sub tax {
    my ($amount) = @_;
    return $amount * 0.2 +;
}

1;
