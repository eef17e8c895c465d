// Package zip compresses with the system's zstd library.
package zip

// #include <stdlib.h>
import "C"

import "unsafe"

// Free releases memory that C allocated.
func Free(p *C.char) { C.free(unsafe.Pointer(p)) }
