module example.com/reqid

go 1.19
