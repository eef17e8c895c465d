module example.com/packer

go 1.19
