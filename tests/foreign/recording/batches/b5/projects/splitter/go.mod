module example.com/splitter

go 1.19
