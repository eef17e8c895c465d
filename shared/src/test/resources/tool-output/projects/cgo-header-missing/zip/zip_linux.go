package zip

/*
#cgo LDFLAGS: -lzstd
#include <zstd.h>
*/
import "C"

// Level is zstd's default compression level.
const Level = C.ZSTD_CLEVEL_DEFAULT
