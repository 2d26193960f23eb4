module example.com/slugger

go 1.19
