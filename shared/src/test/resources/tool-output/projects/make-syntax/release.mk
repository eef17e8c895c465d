ifeq ($(OS),Windows_NT)
EXE = .exe

all: invoice$(EXE)
	cc -o $@ invoice.c
