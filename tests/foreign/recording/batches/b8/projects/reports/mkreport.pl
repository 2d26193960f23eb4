#!/usr/bin/perl
use strict;
use warnings;
use POSIX qw(locale_h);
setlocale(LC_ALL, "");

my $file = shift or die "usage: mkreport.pl FILE\n";
open(my $fh, '<', $file) or die "cannot open $file: $!\n";
my (%sum, $n);
<$fh>;    # header
while (my $line = <$fh>) {
    chomp $line;
    my ($day, $site, $kwh) = split /,/, $line;
    $sum{$site} += $kwh;
    $n++;
}
printf "%-10s %10s\n", "site", "kWh";
printf "%-10s %10.1f\n", $_, $sum{$_} for sort keys %sum;
print "$n readings\n";
