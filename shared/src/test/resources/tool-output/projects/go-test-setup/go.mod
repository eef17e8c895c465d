module example.com/brokensetup

go 1.19
