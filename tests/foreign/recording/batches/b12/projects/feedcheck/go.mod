module example.com/feedcheck

go 1.19
