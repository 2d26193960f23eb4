#!/usr/bin/perl
# Per-region totals of a sales CSV (date,region,amount).
use strict;
use warnings;

my %total;
my $file = shift @ARGV or die "usage: summarize.pl FILE\n";
open(my $fh, '<', $file) or die "cannot open $file: $!\n";
<$fh>;    # header
while (my $line = <$fh>) {
    chomp $line;
    my ($date, $region, $amount) = split /,/, $line;
    $total{$region} += $amount
}
close $fh;

foreach my $region (sort keys %total {
    printf "%-8s %10.2f\n", $region, $total{$region};
}
