package Calc;
use strict;
use warnings;

sub add { my ($a, $b) = @_; return $a + $b; }

sub discount { my ($price, $percent) = @_; return $price - $price * $percent / 10; }

1;
