package main

import "github.com/example/nosuchmodule/config"

func main() {
	config.Load()
}
