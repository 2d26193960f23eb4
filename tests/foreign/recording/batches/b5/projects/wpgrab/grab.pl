#!/usr/bin/perl
# WP-Grab: print the title and generator of a WordPress site
use strict;
use warnings;
use LWP::UserAgent;

my $url = shift or die "usage: perl grab.pl URL\n";
my $ua  = LWP::UserAgent->new(timeout => 10);
my $res = $ua->get($url);

die "GET $url failed: " . $res->status_line . "\n" unless $res->is_success;
my $html = $res->decoded_content;

my ($title) = $html =~ m{<title>(.*?)</title>}si;
my ($gen)   = $html =~ m{<meta name="generator" content="([^"]+)"}i;
print "Title:     ", ($title // '?'), "\n";
print "Generator: ", ($gen // 'unknown'), "\n";
