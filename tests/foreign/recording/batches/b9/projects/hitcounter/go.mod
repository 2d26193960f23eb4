module example.com/hitcounter

go 1.19
