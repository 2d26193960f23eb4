module example.com/shortid

go 1.19
