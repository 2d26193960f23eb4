module git.internal.example/netx

go 1.19
