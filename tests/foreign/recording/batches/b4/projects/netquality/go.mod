module example.com/netquality

go 1.19

require git.internal.example/netx v0.4.1
