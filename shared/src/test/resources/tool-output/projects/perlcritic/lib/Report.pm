package Report;

sub write_report {
    my ($path, @lines) = @_;
    open(FH, ">$path") || die "cannot open $path";
    print FH join("\n", @lines);
    close FH;
    return;
}

1;
