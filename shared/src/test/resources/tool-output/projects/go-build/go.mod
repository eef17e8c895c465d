module example.com/brokenbuild

go 1.19
