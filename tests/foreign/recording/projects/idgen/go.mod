module example.com/idgen

go 1.19
